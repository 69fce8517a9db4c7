/**
 * One word per thing (issue 17): the terms the UI uses for the method's objects, in German and
 * English, with the words that must not stand for them. A facilitator who reads "Zettel" in one
 * dialog and "Notiz" in the next wonders whether they are two things; so every locale string is
 * held to this list (glossary.test.ts), and a new string that says "Tafel" for the board fails.
 *
 * Matching is at the start of a word, case-insensitive, so compounds that begin with an avoided
 * word are caught too ("Zettelfarbe"). Where an avoided word means something else (a CSV line is
 * a "Zeile", the trash is a "Papierkorb"), the phrase is listed under `allowed`.
 */
import type { Language } from '../model/templates';

export interface GlossaryTerm {
  /** What the term names, for the test's messages and for translators. */
  meaning: string;
  /** The word to use, per language. */
  use: Record<Language, string>;
  /** Words that must not stand for it, per language. */
  avoid: Record<Language, readonly string[]>;
  /** Phrases containing an avoided word that mean something else and may stay. */
  allowed?: Record<Language, readonly string[]>;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    meaning: 'a sticky note on the board',
    use: { de: 'Notiz', en: 'note' },
    avoid: { de: ['Zettel', 'Haftnotiz', 'Karteikarte'], en: ['sticky', 'sticker', 'post-it'] },
  },
  {
    meaning: 'the canvas a journey is laid out on',
    use: { de: 'Board', en: 'board' },
    avoid: { de: ['Tafel', 'Karte', 'Papier', 'Canvas'], en: ['canvas', 'map', 'whiteboard', 'paper'] },
    allowed: {
      de: ['Papierkorb', 'Papierwand', 'Papierformat'],
      en: ['journey map', 'mapping', 'paper wall', 'paper size'],
    },
  },
  {
    meaning: 'a row of the board (touchpoints, emotions, pain points...)',
    use: { de: 'Bahn', en: 'lane' },
    avoid: { de: ['Zeile', 'Reihe', 'Ebene', 'Spur'], en: ['row', 'swimlane'] },
    // Lines of a damaged file, rows of a CSV table and pixel rows are not lanes.
    allowed: { de: ['in Zeile {{line}}', 'pro Zeile', 'Zeilenumbruch', 'Reihenfolge', 'Ebenen tief'], en: ['at line {{line}}', 'per row'] },
  },
  {
    meaning: 'a column of the board: a stage of the customer journey',
    use: { de: 'Phase', en: 'phase' },
    avoid: { de: ['Spalte', 'Etappe'], en: ['column'] },
    allowed: { de: ['Spalte {{column}}'], en: ['column {{column}}'] },
  },
  {
    meaning: 'a dot a participant gives a note in dot voting',
    use: { de: 'Punkt', en: 'dot' },
    avoid: { de: ['Stimme', 'Votum', 'Klebepunkt'], en: ['ballot'] },
  },
  {
    meaning: 'the second window that shows the board to the room',
    use: { de: 'Beamerfenster', en: 'projector window' },
    avoid: { de: ['Beamer-Fenster', 'Projektorfenster', 'Projektor-Fenster', 'Präsentationsfenster'], en: ['beamer', 'presenter window'] },
  },
];

export interface GlossaryFinding {
  word: string;
  use: string;
  meaning: string;
}

const wordStart = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');

/** The avoided words a text uses, with the word to use instead; [] when the text follows the glossary. */
export function glossaryFindings(text: string, language: Language, glossary: readonly GlossaryTerm[] = GLOSSARY): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  for (const term of glossary) {
    let rest = text;
    // Longer allowed phrases first, so "persona card" is cut out before "card".
    const allowed = [...(term.allowed?.[language] ?? [])].sort((a, b) => b.length - a.length);
    for (const phrase of allowed) rest = rest.replace(new RegExp(wordStart(phrase).source, 'giu'), ' ');
    for (const word of term.avoid[language]) {
      if (wordStart(word).test(rest)) findings.push({ word, use: term.use[language], meaning: term.meaning });
    }
  }
  return findings;
}
