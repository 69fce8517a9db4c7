/**
 * Which cards the library shows and in what order: the library or the trash, filtered by a
 * search over title and persona, sorted as chosen. Pure, so it is tested without a browser.
 */
import type { JourneySummary } from '../db/journeys';

export const LIBRARY_SORTS = ['changed', 'title', 'persona', 'created'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export function isLibrarySort(value: unknown): value is LibrarySort {
  return (LIBRARY_SORTS as readonly unknown[]).includes(value);
}

/** Case- and accent-insensitive, so "muller" finds "Müller" and "ubersicht" finds "Übersicht". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

export function visibleJourneys(
  summaries: readonly JourneySummary[],
  options: { trash: boolean; query: string; sort: LibrarySort; locale: string },
): JourneySummary[] {
  const words = searchKey(options.query).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  const matches = summaries.filter((s) => {
    if ((s.deletedAt !== null) !== options.trash) return false;
    const haystack = searchKey(`${s.title} ${s.personaName}`);
    return words.every((w) => haystack.includes(w));
  });
  const byTitle = (a: JourneySummary, b: JourneySummary) => collator.compare(a.title, b.title);
  const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  const compare: Record<LibrarySort, (a: JourneySummary, b: JourneySummary) => number> = {
    // In the trash, "changed" means when it was thrown away: the last deleted first.
    changed: (a, b) => (options.trash ? newestFirst(a.deletedAt ?? '', b.deletedAt ?? '') : newestFirst(a.updatedAt, b.updatedAt)) || byTitle(a, b),
    title: (a, b) => byTitle(a, b) || newestFirst(a.updatedAt, b.updatedAt),
    // Journeys without a persona go last, not first.
    persona: (a, b) => (a.personaName ? 0 : 1) - (b.personaName ? 0 : 1) || collator.compare(a.personaName, b.personaName) || byTitle(a, b),
    created: (a, b) => newestFirst(a.createdAt, b.createdAt) || byTitle(a, b),
  };
  return matches.sort(compare[options.sort]);
}
