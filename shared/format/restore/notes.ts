/** Notes and connectors of an imported journey, with their references resolved. */
import {
  DEFAULT_COLOUR_BY_KIND,
  DEFAULT_NOTE_SIZE,
  LANE_HEADER_WIDTH,
  LIMITS,
  NOTE_COLOURS,
  NOTE_KINDS,
  type Connector,
  type GridLayout,
  type Id,
  type Kpi,
  type Lane,
  type Note,
  type Touchpoint,
} from '../../model';
import { childPath } from '../paths';
import type { IdRegistry } from './ids';
import type { JsonObject, Reader } from './reader';

const NOTE_KEYS: ReadonlySet<string> = new Set<keyof Note>([
  'id', 'kind', 'text', 'colour', 'phaseId', 'laneId', 'x', 'y', 'width', 'height',
  'emotion', 'touchpoint', 'kpi', 'votes', 'covered', 'curve',
]);
const TOUCHPOINT_KEYS: ReadonlySet<string> = new Set<keyof Touchpoint>([
  'directness', 'initiative', 'ownership', 'medium', 'interaction', 'experience', 'companyRating', 'customerRating',
]);
const KPI_KEYS: ReadonlySet<string> = new Set<keyof Kpi>(['target', 'actual', 'owner', 'higherIsBetter']);
const CONNECTOR_KEYS: ReadonlySet<string> = new Set<keyof Connector>(['id', 'from', 'to', 'label', 'arrow']);

const SCORE = { min: -2, max: 2, integer: true } as const;

export interface NoteContext {
  noteIds: IdRegistry;
  phaseIds: IdRegistry;
  laneIds: IdRegistry;
  lanesById: ReadonlyMap<Id, Lane>;
  layout: GridLayout;
}

export function restoreNotes(reader: Reader, items: unknown[], path: string, ctx: NoteContext): Note[] {
  const notes: Note[] = [];
  const freed: Note[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const p = childPath(path, i);
    const o = reader.object(items[i], p);
    reader.reportUnknownKeys(o, NOTE_KEYS, p);
    const id = ctx.noteIds.claim(o, p);
    const phaseRef = reference(reader, o, 'phaseId', p);
    const laneRef = reference(reader, o, 'laneId', p);
    let phaseId = phaseRef === null ? null : (ctx.phaseIds.resolve(phaseRef) ?? null);
    let laneId = laneRef === null ? null : (ctx.laneIds.resolve(laneRef) ?? null);
    // A cell note needs both its phase and its lane; anything else has lost its place.
    const lostPlace = (phaseRef !== null || laneRef !== null) && (phaseId === null || laneId === null);
    if (lostPlace) {
      reader.repairs.add('noteFreed', p);
      phaseId = null;
      laneId = null;
    }
    const laneKind = laneId === null ? undefined : ctx.lanesById.get(laneId)?.kind;
    const kind = reader.enumValue(o, 'kind', p, NOTE_KINDS, laneKind ?? 'free');
    const note: Note = {
      id,
      kind,
      text: reader.requiredString(o, 'text', p, LIMITS.textLength),
      colour: reader.enumValue(o, 'colour', p, NOTE_COLOURS, DEFAULT_COLOUR_BY_KIND[kind]),
      phaseId,
      laneId,
      x: reader.number(o, 'x', p, { min: -LIMITS.coordinate, max: LIMITS.coordinate, fallback: 0 }),
      y: reader.number(o, 'y', p, { min: -LIMITS.coordinate, max: LIMITS.coordinate, fallback: 0 }),
      width: reader.number(o, 'width', p, { min: LIMITS.noteSizeMin, max: LIMITS.noteSizeMax, fallback: DEFAULT_NOTE_SIZE.width }),
      height: reader.number(o, 'height', p, { min: LIMITS.noteSizeMin, max: LIMITS.noteSizeMax, fallback: DEFAULT_NOTE_SIZE.height }),
    };
    const emotion = reader.optionalNumber(o, 'emotion', p, SCORE);
    if (emotion !== undefined) note.emotion = emotion;
    const touchpoint = restoreTouchpoint(reader, reader.get(o, 'touchpoint'), childPath(p, 'touchpoint'));
    if (touchpoint) note.touchpoint = touchpoint;
    const kpi = restoreKpi(reader, reader.get(o, 'kpi'), childPath(p, 'kpi'));
    if (kpi) note.kpi = kpi;
    const votes = reader.optionalNumber(o, 'votes', p, { min: 0, max: 10_000, integer: true });
    if (votes !== undefined) note.votes = votes;
    const covered = reader.optionalBoolean(o, 'covered', p);
    if (covered !== undefined) note.covered = covered;
    const curve = reader.optionalEnum(o, 'curve', p, ['current', 'target'] as const);
    if (curve !== undefined) note.curve = curve;
    notes.push(note);
    if (lostPlace) freed.push(note);
  }
  parkFreedNotes(freed, ctx.layout);
  return notes;
}

/** A phase or lane reference: null (or missing) for a free note, else the original id. */
function reference(reader: Reader, o: JsonObject, key: 'phaseId' | 'laneId', path: string): string | null {
  const value = reader.get(o, key);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') reader.fail('wrongType', childPath(path, key), 'id', value);
  return value;
}

/**
 * Freed notes keep their content: they are laid out in rows below the grid, where the
 * facilitator sees them and can drag them back into a cell. Their old offsets meant nothing
 * without their cell.
 */
function parkFreedNotes(notes: Note[], layout: GridLayout): void {
  const gap = 24;
  const rowWidth = Math.max(layout.right - LANE_HEADER_WIDTH, 4_000);
  let x = LANE_HEADER_WIDTH;
  let y = layout.bottom + 80;
  let rowHeight = 0;
  for (const note of notes) {
    if (x > LANE_HEADER_WIDTH && x + note.width > LANE_HEADER_WIDTH + rowWidth) {
      x = LANE_HEADER_WIDTH;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    note.x = Math.min(x, LIMITS.coordinate);
    note.y = Math.min(y, LIMITS.coordinate);
    x += note.width + gap;
    rowHeight = Math.max(rowHeight, note.height);
  }
}

function restoreTouchpoint(reader: Reader, raw: unknown, path: string): Touchpoint | undefined {
  if (raw === undefined || raw === null) return undefined;
  const o = reader.object(raw, path);
  reader.reportUnknownKeys(o, TOUCHPOINT_KEYS, path);
  const t: Touchpoint = {};
  const set = <K extends keyof Touchpoint>(key: K, value: Touchpoint[K] | undefined) => {
    if (value !== undefined) t[key] = value;
  };
  set('directness', reader.optionalEnum(o, 'directness', path, ['direct', 'indirect'] as const));
  set('initiative', reader.optionalEnum(o, 'initiative', path, ['active', 'passive'] as const));
  set('ownership', reader.optionalEnum(o, 'ownership', path, ['owned', 'paid', 'earned'] as const));
  set('medium', reader.optionalEnum(o, 'medium', path, ['online', 'offline'] as const));
  set(
    'interaction',
    reader.optionalEnum(o, 'interaction', path, [
      'marketingReach',
      'salesInteraction',
      'customerConversation',
      'serviceFeedback',
    ] as const),
  );
  set('experience', reader.optionalEnum(o, 'experience', path, ['positive', 'neutral', 'negative'] as const));
  set('companyRating', reader.optionalNumber(o, 'companyRating', path, SCORE));
  set('customerRating', reader.optionalNumber(o, 'customerRating', path, SCORE));
  return t;
}

function restoreKpi(reader: Reader, raw: unknown, path: string): Kpi | undefined {
  if (raw === undefined || raw === null) return undefined;
  const o = reader.object(raw, path);
  reader.reportUnknownKeys(o, KPI_KEYS, path);
  const k: Kpi = {};
  const target = reader.optionalString(o, 'target', path, 200);
  if (target !== undefined) k.target = target;
  const actual = reader.optionalString(o, 'actual', path, 200);
  if (actual !== undefined) k.actual = actual;
  const owner = reader.optionalString(o, 'owner', path, 200);
  if (owner !== undefined) k.owner = owner;
  const higherIsBetter = reader.optionalBoolean(o, 'higherIsBetter', path);
  if (higherIsBetter !== undefined) k.higherIsBetter = higherIsBetter;
  return k;
}

export function restoreConnectors(
  reader: Reader,
  items: unknown[],
  path: string,
  ctx: { connectorIds: IdRegistry; noteIds: IdRegistry },
): Connector[] {
  const out: Connector[] = [];
  const pairs = new Set<string>();
  for (let i = 0; i < items.length; i += 1) {
    const p = childPath(path, i);
    const o = reader.object(items[i], p);
    reader.reportUnknownKeys(o, CONNECTOR_KEYS, p);
    const id = ctx.connectorIds.claim(o, p);
    const fromRef = reader.requiredString(o, 'from', p, 1_000);
    const toRef = reader.requiredString(o, 'to', p, 1_000);
    const label = reader.string(o, 'label', p, 500, '');
    const arrow = reader.boolean(o, 'arrow', p, true);
    const from = ctx.noteIds.resolve(fromRef);
    const to = ctx.noteIds.resolve(toRef);
    // Same rules as addConnector: both ends exist, no loop, no second identical line.
    const pair = `${from} ${to}`;
    if (!from || !to || from === to || pairs.has(pair)) {
      reader.repairs.add('connectorDropped', p);
      continue;
    }
    pairs.add(pair);
    out.push({ id, from, to, label, arrow });
  }
  return out;
}
