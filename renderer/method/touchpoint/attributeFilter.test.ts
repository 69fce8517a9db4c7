import { describe, expect, it } from 'vitest';
import { createNote } from '../../../shared/model';
import { filterKey, noteMatchesFilter, parseFilterKey, type AttributeFilter } from './attributeFilter';

const tp = (touchpoint: object) => createNote({ kind: 'touchpoint', touchpoint });

describe('noteMatchesFilter', () => {
  it('matches touchpoints by an attribute value', () => {
    const paid: AttributeFilter = { type: 'value', attribute: 'ownership', value: 'paid' };
    expect(noteMatchesFilter(tp({ ownership: 'paid' }), paid)).toBe(true);
    expect(noteMatchesFilter(tp({ ownership: 'owned' }), paid)).toBe(false);
    expect(noteMatchesFilter(createNote({ kind: 'painPoint' }), paid)).toBe(false);
  });

  it('matches rating gaps, single ratings and unclassified touchpoints', () => {
    expect(noteMatchesFilter(tp({ companyRating: 2, customerRating: -1 }), { type: 'ratingGap' })).toBe(true);
    expect(noteMatchesFilter(tp({ companyRating: 2, customerRating: 2 }), { type: 'ratingGap' })).toBe(false);
    expect(noteMatchesFilter(tp({ companyRating: 2 }), { type: 'ratingGap' })).toBe(false);
    expect(noteMatchesFilter(tp({ customerRating: -2 }), { type: 'rating', attribute: 'customerRating', value: -2 })).toBe(true);
    expect(noteMatchesFilter(createNote({ kind: 'touchpoint' }), { type: 'unset', attribute: 'medium' })).toBe(true);
    expect(noteMatchesFilter(tp({ medium: 'online' }), { type: 'unset', attribute: 'medium' })).toBe(false);
  });
});

describe('filter keys', () => {
  it('round-trip every filter shape', () => {
    const filters: AttributeFilter[] = [
      { type: 'value', attribute: 'interaction', value: 'serviceFeedback' },
      { type: 'rating', attribute: 'companyRating', value: -2 },
      { type: 'ratingGap' },
      { type: 'unset', attribute: 'directness' },
    ];
    for (const f of filters) expect(parseFilterKey(filterKey(f))).toEqual(f);
    expect(filterKey(null)).toBe('');
  });

  it('rejects keys it did not make', () => {
    for (const key of ['', 'value:colour:red', 'rating:companyRating:7', 'unset:__proto__', 'value:ownership']) {
      expect(parseFilterKey(key)).toBeNull();
    }
  });
});
