import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/fixtures';
import { importJourneyText } from '../format/importJourney';
import type { Journey } from '../model';
import { CSV_COLUMNS, neutraliseFormula, notesToCsv, type CsvLabels } from './csv';

const labels: CsvLabels = {
  headers: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c === 'text' ? 'Text (Notiz)' : c])) as CsvLabels['headers'],
  value: (column, value) => (column === 'kpiHigherIsBetter' ? (value === 'true' ? 'ja' : 'nein') : `${value}`),
};

function fixture(): Journey {
  const result = importJourneyText(fixtureText());
  if (!result.ok) throw new Error(result.error.code);
  return result.journey;
}

function parse(csv: string, delimiter: string) {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
}

describe('notesToCsv', () => {
  it('writes one row per note with a header, UTF-8 BOM, semicolons and CRLF', () => {
    const journey = fixture();
    const csv = notesToCsv(journey, { separator: ';', labels });
    expect(csv).toContain('\r\n');
    const { data, errors } = parse(csv, ';');
    expect(errors).toEqual([]);
    expect(data).toHaveLength(journey.notes.length + 1);
    expect(data[0]).toHaveLength(CSV_COLUMNS.length);
    expect(data[0]![3]).toBe('Text (Notiz)');
    const row = data.find((r) => r[3] === 'Kundenbewertungen mit Fotos')!;
    expect(row.slice(0, 3)).toEqual(['Erwägung', 'Touchpoints', 'touchpoint']);
    expect(row[CSV_COLUMNS.indexOf('companyRating')]).toBe('1');
    expect(row[CSV_COLUMNS.indexOf('customerRating')]).toBe('2');
    expect(row[CSV_COLUMNS.indexOf('ownership')]).toBe('earned');
  });

  it('includes emotion, KPI fields and votes', () => {
    const { data } = parse(notesToCsv(fixture(), { separator: ',', labels }), ',');
    const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    const kpi = data.find((r) => r[3] === 'Reichweite, TKP, Klickrate')!;
    expect([kpi[col('kpiTarget')], kpi[col('kpiActual')], kpi[col('kpiOwner')], kpi[col('kpiHigherIsBetter')]]).toEqual([
      '500.000 Impressionen/Monat',
      '320.000',
      'Marketing',
      'ja',
    ]);
    expect(data.find((r) => r[3] === 'verärgert')![col('emotion')]).toBe('-2');
    expect(data.some((r) => Number(r[col('votes')]) > 0)).toBe(true);
  });

  it('lists notes phase by phase, lane by lane, free notes last', () => {
    const journey = fixture();
    const { data } = parse(notesToCsv(journey, { separator: ';', labels }), ';');
    const phases = data.slice(1).map((r) => r[0]);
    const order = journey.phases.map((p) => p.title);
    const indices = phases.filter((p) => p !== '').map((p) => order.indexOf(p!));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(phases[phases.length - 1]).toBe('');
  });

  it('quotes separators, quotes and line breaks so every cell survives', () => {
    const journey = fixture();
    journey.notes[0]!.text = 'Zeile 1\r\nZeile 2; "zitiert", mit Komma';
    for (const sep of [';', ','] as const) {
      const { data } = parse(notesToCsv(journey, { separator: sep, labels }), sep);
      expect(data.some((r) => r[3] === 'Zeile 1\r\nZeile 2; "zitiert", mit Komma')).toBe(true);
    }
  });

  it('neutralises formulas at the start of text cells, not in numbers', () => {
    const journey = fixture();
    const attacks = ['=HYPERLINK("http://x","klick")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=1\n+2'];
    attacks.forEach((text, i) => (journey.notes[i]!.text = text));
    journey.phases[0]!.title = '=cmd|calc';
    const { data } = parse(notesToCsv(journey, { separator: ';', labels }), ';');
    for (const text of attacks) expect(data.some((r) => r[3] === `'${text}`), text).toBe(true);
    expect(data.some((r) => r[0] === "'=cmd|calc")).toBe(true);
    expect(data.find((r) => r[3] === 'verärgert')![CSV_COLUMNS.indexOf('emotion')]).toBe('-2');
    expect(neutraliseFormula('Versand')).toBe('Versand');
  });

  it('neutralises every text column, the id column too', () => {
    const journey = fixture();
    journey.notes[0]!.id = '-2-3';
    journey.notes[0]!.kpi = { target: '=1+1', actual: '+5', owner: '@team' };
    const { data } = parse(notesToCsv(journey, { separator: ';', labels }), ';');
    const row = data.find((r) => r[CSV_COLUMNS.indexOf('id')] === "'-2-3");
    expect(row, 'the id is neutralised').toBeDefined();
    expect(row![CSV_COLUMNS.indexOf('kpiTarget')]).toBe("'=1+1");
    expect(row![CSV_COLUMNS.indexOf('kpiActual')]).toBe("'+5");
    expect(row![CSV_COLUMNS.indexOf('kpiOwner')]).toBe("'@team");
    // No cell of any text column starts with a formula character.
    const numeric = new Set(['emotion', 'companyRating', 'customerRating', 'votes'].map((c) => CSV_COLUMNS.indexOf(c as never)));
    for (const r of data.slice(1)) r.forEach((cell, i) => expect(numeric.has(i) || !/^[=+\-@\t\r]/.test(cell), `${CSV_COLUMNS[i]}: ${cell}`).toBe(true));
  });

  it('keeps umlauts and emoji intact when encoded as UTF-8', () => {
    const journey = fixture();
    journey.notes[0]!.text = 'Größe passt 😀';
    const bytes = new TextEncoder().encode(notesToCsv(journey, { separator: ';', labels }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain('"Größe passt 😀"');
    expect(text).toContain('"verärgert"');
  });

  it('writes only the header for a journey without notes', () => {
    const journey = { ...fixture(), notes: [] };
    const { data } = parse(notesToCsv(journey, { separator: ';', labels }), ';');
    expect(data).toHaveLength(1);
  });
});
