/**
 * The language a board is written in. Journeys carry no language field: a German workshop may
 * run with the app in English, and its phase and lane titles stay German. Catalogue entries
 * dropped on the board and questions read to the room should match the board, so the language
 * is read from the titles the templates wrote (and the room kept), else the UI's language.
 */
import type { Lane, Phase } from '../model/journey';
import { STANDARD_LANES, phasesFor, TEMPLATE_IDS, type Language } from '../model/templates';
import { normaliseText } from './text';

function titlesByLanguage(): Record<Language, Set<string>> {
  const sets: Record<Language, Set<string>> = { en: new Set(), de: new Set() };
  for (const language of ['en', 'de'] as const) {
    for (const template of TEMPLATE_IDS) for (const p of phasesFor(template, language)) sets[language].add(normaliseText(p.title));
    for (const lane of STANDARD_LANES) sets[language].add(normaliseText(lane.title[language]));
  }
  // Titles both languages share ("Touchpoints", "KPIs", "Phase 1") tell nothing.
  for (const t of [...sets.en]) {
    if (sets.de.has(t)) {
      sets.en.delete(t);
      sets.de.delete(t);
    }
  }
  return sets;
}

let known: Record<Language, Set<string>> | null = null;

export function boardLanguage(board: { phases: readonly Pick<Phase, 'title'>[]; lanes: readonly Pick<Lane, 'title'>[] }, fallback: Language): Language {
  known ??= titlesByLanguage();
  let en = 0;
  let de = 0;
  for (const { title } of [...board.phases, ...board.lanes]) {
    const t = normaliseText(title);
    if (known.en.has(t)) en++;
    if (known.de.has(t)) de++;
  }
  if (en === de) return fallback;
  return en > de ? 'en' : 'de';
}
