/**
 * All notes of a journey as CSV for a spreadsheet. Papaparse does the quoting (texts with
 * separators, quotes and line breaks); this module decides columns, order and safety.
 *
 * Why it opens cleanly in German Excel:
 * - a UTF-8 byte order mark, or Excel reads the bytes as Windows-1252 and every umlaut breaks;
 * - the separator follows the spreadsheet's locale: Excel splits a double-clicked CSV on the
 *   system's list separator, which is `;` in German locales (`,` is their decimal comma) and
 *   `,` in English ones. The export dialog defaults to `;` for a German UI and lets the user
 *   change it;
 * - no `sep=;` line: it would force the separator, but Excel then ignores the byte order mark
 *   (umlauts break again) and other spreadsheet apps show the line as data.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @ (or a tab or
 * carriage return) is run as a formula by Excel and LibreOffice. Workshop text comes from
 * everyone in the room and from imported files, so such text cells get a leading apostrophe.
 * Numbers we write ourselves (emotion -2) stay numbers.
 */
import Papa from 'papaparse';
import { computeGridLayout, notePosition, type Journey, type Note } from '../model';

export const CSV_COLUMNS = [
  'phase',
  'lane',
  'kind',
  'text',
  'colour',
  'emotion',
  'directness',
  'initiative',
  'ownership',
  'medium',
  'interaction',
  'experience',
  'companyRating',
  'customerRating',
  'kpiTarget',
  'kpiActual',
  'kpiOwner',
  'kpiHigherIsBetter',
  'votes',
  'id',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export type CsvSeparator = ';' | ',';

const NUMBER_COLUMNS: readonly CsvColumn[] = ['emotion', 'companyRating', 'customerRating', 'votes'];
const TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set(CSV_COLUMNS.filter((c) => !NUMBER_COLUMNS.includes(c)));

export interface CsvLabels {
  /** Column headings in the UI language. */
  headers: Record<CsvColumn, string>;
  /** The label for a closed-list value (kind, colour, touchpoint attribute, yes/no). */
  value(column: CsvColumn, value: string): string;
}

/** Text cells that a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const UTF8_BOM = '\ufeff';

type Cell = string | number;

/**
 * Notes in reading order: phase by phase, lane by lane, top to bottom and left to right in a
 * cell; free notes last, top to bottom.
 */
export function notesInReadingOrder(journey: Journey): Note[] {
  const phaseIndex = new Map(journey.phases.map((p, i) => [p.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const layout = computeGridLayout(journey.phases, journey.lanes);
  const key = (n: Note) => {
    const free = n.phaseId === null || n.laneId === null;
    const p = notePosition(n, layout) ?? { x: n.x, y: n.y };
    return [free ? 1 : 0, free ? 0 : phaseIndex.get(n.phaseId!)!, free ? 0 : laneIndex.get(n.laneId!)!, p.y, p.x];
  };
  const keyed = journey.notes.map((n) => ({ n, k: key(n) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i += 1) if (a.k[i] !== b.k[i]) return a.k[i]! - b.k[i]!;
    return 0;
  });
  return keyed.map((x) => x.n);
}

export function notesToCsv(journey: Journey, options: { separator: CsvSeparator; labels: CsvLabels }): string {
  const { labels } = options;
  const phaseTitle = new Map(journey.phases.map((p) => [p.id, p.title]));
  const laneTitle = new Map(journey.lanes.map((l) => [l.id, l.title]));
  const text = (s: string | undefined): string => neutraliseFormula(s ?? '');
  const label = (column: CsvColumn, value: string | boolean | undefined): string =>
    value === undefined ? '' : neutraliseFormula(labels.value(column, String(value)));
  const num = (n: number | undefined): Cell => n ?? '';

  const rows: Cell[][] = notesInReadingOrder(journey).map((n) => {
    const t = n.touchpoint ?? {};
    const k = n.kpi ?? {};
    const cells: Record<CsvColumn, Cell> = {
      phase: text(n.phaseId === null ? '' : phaseTitle.get(n.phaseId)),
      lane: text(n.laneId === null ? '' : laneTitle.get(n.laneId)),
      kind: label('kind', n.kind),
      text: text(n.text),
      colour: label('colour', n.colour),
      emotion: num(n.emotion),
      directness: label('directness', t.directness),
      initiative: label('initiative', t.initiative),
      ownership: label('ownership', t.ownership),
      medium: label('medium', t.medium),
      interaction: label('interaction', t.interaction),
      experience: label('experience', t.experience),
      companyRating: num(t.companyRating),
      customerRating: num(t.customerRating),
      kpiTarget: text(k.target),
      kpiActual: text(k.actual),
      kpiOwner: text(k.owner),
      kpiHigherIsBetter: label('kpiHigherIsBetter', k.higherIsBetter),
      votes: num(n.votes),
      // Every text column, the id too: a file from elsewhere may carry an id like "-2+3".
      id: text(n.id),
    };
    return CSV_COLUMNS.map((c) => cells[c]);
  });
  const headers = CSV_COLUMNS.map((c) => neutraliseFormula(labels.headers[c]));
  const body = Papa.unparse(
    { fields: headers, data: rows },
    {
      delimiter: options.separator,
      newline: '\r\n',
      // Quote every text cell: Excel then never guesses a date or a number from "1-2" or "03".
      quotes: CSV_COLUMNS.map((c) => TEXT_COLUMNS.has(c)),
      quoteChar: '"',
      escapeChar: '"',
      header: true,
    },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
