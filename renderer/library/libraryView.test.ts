import { describe, expect, it } from 'vitest';
import type { JourneySummary } from '../db/journeys';
import { nextCardIndex } from './gridNavigation';
import { visibleJourneys } from './libraryView';
import { relativeTime } from './relativeTime';

function summary(fields: Partial<JourneySummary>): JourneySummary {
  return {
    id: fields.title ?? 'x',
    title: 'x',
    personaName: '',
    phaseCount: 3,
    noteCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    thumbnail: null,
    unreadable: false,
    ...fields,
  };
}

const list = [
  summary({ title: 'Onboarding', personaName: 'Jörg Müller', updatedAt: '2026-03-03T00:00:00.000Z', createdAt: '2026-01-03T00:00:00.000Z' }),
  summary({ title: 'Checkout', personaName: 'Anna Berger', updatedAt: '2026-03-05T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' }),
  summary({ title: 'Ärger im Service', personaName: '', updatedAt: '2026-03-01T00:00:00.000Z', createdAt: '2026-01-02T00:00:00.000Z' }),
  summary({ title: 'Old', deletedAt: '2026-02-01T00:00:00.000Z' }),
  summary({ title: 'Older', deletedAt: '2026-01-15T00:00:00.000Z' }),
];
const titles = (s: JourneySummary[]) => s.map((x) => x.title);

describe('library view', () => {
  it('sorts by last change, title (German collation), persona (none last) and creation', () => {
    const base = { trash: false, query: '', locale: 'de' };
    expect(titles(visibleJourneys(list, { ...base, sort: 'changed' }))).toEqual(['Checkout', 'Onboarding', 'Ärger im Service']);
    expect(titles(visibleJourneys(list, { ...base, sort: 'title' }))).toEqual(['Ärger im Service', 'Checkout', 'Onboarding']);
    expect(titles(visibleJourneys(list, { ...base, sort: 'persona' }))).toEqual(['Checkout', 'Onboarding', 'Ärger im Service']);
    expect(titles(visibleJourneys(list, { ...base, sort: 'created' }))).toEqual(['Onboarding', 'Ärger im Service', 'Checkout']);
  });

  it('searches title and persona, ignoring case and accents, every word must match', () => {
    const base = { trash: false, sort: 'title' as const, locale: 'de' };
    expect(titles(visibleJourneys(list, { ...base, query: 'muller' }))).toEqual(['Onboarding']);
    expect(titles(visibleJourneys(list, { ...base, query: 'ARGER' }))).toEqual(['Ärger im Service']);
    expect(titles(visibleJourneys(list, { ...base, query: 'anna checkout' }))).toEqual(['Checkout']);
    expect(titles(visibleJourneys(list, { ...base, query: 'anna onboarding' }))).toEqual([]);
  });

  it('shows the trash separately, last deleted first', () => {
    expect(titles(visibleJourneys(list, { trash: true, query: '', sort: 'changed', locale: 'en' }))).toEqual(['Old', 'Older']);
  });
});

describe('grid keyboard navigation', () => {
  it('moves by one across and by a row up and down, never off the ends', () => {
    expect(nextCardIndex(0, 'ArrowRight', 7, 3)).toBe(1);
    expect(nextCardIndex(0, 'ArrowLeft', 7, 3)).toBe(0);
    expect(nextCardIndex(1, 'ArrowDown', 7, 3)).toBe(4);
    expect(nextCardIndex(5, 'ArrowDown', 7, 3)).toBe(5);
    expect(nextCardIndex(4, 'ArrowUp', 7, 3)).toBe(1);
    expect(nextCardIndex(3, 'End', 7, 3)).toBe(6);
    expect(nextCardIndex(3, 'Home', 7, 3)).toBe(0);
    expect(nextCardIndex(3, 'a', 7, 3)).toBeNull();
    expect(nextCardIndex(0, 'ArrowRight', 0, 3)).toBeNull();
  });
});

describe('relative time', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');
  it('speaks the UI language', () => {
    expect(relativeTime('2026-03-10T11:57:00.000Z', now, 'en')).toBe('3 minutes ago');
    expect(relativeTime('2026-03-10T11:57:00.000Z', now, 'de')).toBe('vor 3 Minuten');
    expect(relativeTime('2026-03-09T12:00:00.000Z', now, 'de')).toBe('gestern');
    expect(relativeTime('2026-03-10T11:59:50.000Z', now, 'en')).toBe('now');
    expect(relativeTime('2026-01-10T11:00:00.000Z', now, 'en')).toBe('Jan 10, 2026');
    expect(relativeTime('garbage', now, 'en')).toBe('');
  });
});
