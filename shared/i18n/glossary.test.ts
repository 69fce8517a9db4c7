import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryFindings } from './glossary';
import { NAMESPACES, resources } from './resources';

function strings(value: unknown, prefix: string): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, `${prefix}.${k}`));
}

describe('glossary', () => {
  it('holds every locale string to one word per thing', () => {
    const offending: string[] = [];
    for (const language of ['de', 'en'] as const) {
      for (const ns of NAMESPACES) {
        for (const [key, text] of strings(resources[language][ns], `${language}/${ns}`)) {
          for (const f of glossaryFindings(text, language)) offending.push(`${key}: "${f.word}" for ${f.meaning}, use "${f.use}" (${text})`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('flags a string that uses an avoided word, at any word start and in compounds', () => {
    expect(glossaryFindings('Neuer Zettel', 'de').map((f) => f.use)).toEqual(['Notiz']);
    expect(glossaryFindings('Zettelfarbe wählen', 'de').map((f) => f.word)).toEqual(['Zettel']);
    expect(glossaryFindings('Auf der Tafel hervorheben', 'de').map((f) => f.use)).toEqual(['Board']);
    expect(glossaryFindings('Zeile hinzufügen', 'de').map((f) => f.use)).toEqual(['Bahn']);
    expect(glossaryFindings('Beamer-Fenster öffnen', 'de').map((f) => f.use)).toEqual(['Beamerfenster']);
    expect(glossaryFindings('3 Stimmen', 'de').map((f) => f.use)).toEqual(['Punkt']);
    expect(glossaryFindings('Add a row', 'en').map((f) => f.use)).toEqual(['lane']);
    expect(glossaryFindings('No pain points on the map yet.', 'en').map((f) => f.use)).toEqual(['board']);
  });

  it('lets the allowed phrases mean what they mean', () => {
    expect(glossaryFindings('In den Papierkorb', 'de')).toEqual([]);
    expect(glossaryFindings('Ihr Inhalt bricht in Zeile {{line}}, Spalte {{column}} ab.', 'de')).toEqual([]);
    expect(glossaryFindings('Start your first customer journey map', 'en')).toEqual([]);
    // Inside another word an avoided word is not a use of it ("Notizzettel" is caught, "Stimmung" is not).
    expect(glossaryFindings('Stimmung im Raum', 'de')).toEqual([]);
  });

  it('names a word to use for each term in both languages', () => {
    for (const term of GLOSSARY) {
      expect(term.use.de.trim(), term.meaning).not.toBe('');
      expect(term.use.en.trim(), term.meaning).not.toBe('');
    }
  });
});
