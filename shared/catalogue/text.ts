/**
 * Text matching for the catalogues: a facilitator typing "erwagung", "Erwägung" or "ERWAEGUNG"
 * means the same entry, so search and lookup ignore case, accents and German umlaut spellings.
 */
import type { Language } from '../model/templates';

export type Localised = Record<Language, string>;

/** Lower case, no diacritics, `ß` -> `ss`, umlaut transcriptions folded, spaces collapsed. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^\p{Letter}\p{Number}%]+/gu, ' ')
    .trim();
}

/** True when every word of the query appears somewhere in the text (both normalised). */
export function matchesQuery(text: string, query: string): boolean {
  const words = normaliseText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseText(text);
  return words.every((w) => haystack.includes(w));
}
