import { describe, expect, it } from 'vitest';
import { matchesQuery, normaliseText } from './text';

describe('normaliseText', () => {
  it('ignores case, accents and umlaut spellings', () => {
    expect(normaliseText('Erwägung')).toBe(normaliseText('ERWAEGUNG'));
    expect(normaliseText('Erwägung')).toBe(normaliseText('erwagung'));
    expect(normaliseText('Straße')).toBe('strasse');
    expect(normaliseText('Café  Crème')).toBe('cafe creme');
  });

  it('keeps percent signs and digits, drops punctuation', () => {
    expect(normaliseText('Click-through rate (CTR) 5 %')).toBe('click through rate ctr 5 %');
  });
});

describe('matchesQuery', () => {
  it('needs every word of the query, in any order', () => {
    expect(matchesQuery('Word of mouth (friends, family)', 'family mouth')).toBe(true);
    expect(matchesQuery('Word of mouth', 'mouth ads')).toBe(false);
  });

  it('matches an empty query', () => {
    expect(matchesQuery('anything', '   ')).toBe(true);
  });

  it('matches German text typed without umlauts', () => {
    expect(matchesQuery('Rücksendung und Rücksendebestätigung', 'rucksendebestat')).toBe(true);
    expect(matchesQuery('Rücksendung', 'RUECKSENDUNG')).toBe(true);
  });
});
