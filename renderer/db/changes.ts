/**
 * Per-record changes between two versions of an open journey. The store replaces exactly the
 * objects an edit touched (notes.ts and friends never mutate), so comparing references finds
 * the changed records without looking inside them: editing one note yields one changed note.
 * Autosave writes these changes and live sync sends them to the other windows.
 */
import type { Connector, Id, JourneyDoc, Note } from '../../shared/model';

/** The journey's own fields (title, persona, phases, lanes...): everything but the records. */
export type MetaPatch = Partial<Omit<JourneyDoc, 'id' | 'notes' | 'connectors'>>;

export interface JourneyChanges {
  journeyId: Id;
  /** Changed journey fields only, so that two windows editing different fields both win. */
  meta: MetaPatch;
  /** A note's new value, or null when it was deleted. */
  notes: Map<Id, Note | null>;
  connectors: Map<Id, Connector | null>;
}

const RECORD_KEYS = new Set(['id', 'notes', 'connectors']);

export function emptyChanges(journeyId: Id): JourneyChanges {
  return { journeyId, meta: {}, notes: new Map(), connectors: new Map() };
}

function diffRecords<T>(prev: Record<Id, T>, next: Record<Id, T>, out: Map<Id, T | null>): void {
  if (prev === next) return;
  for (const id in next) {
    if (prev[id] !== next[id]) out.set(id, next[id]!);
  }
  for (const id in prev) {
    if (!(id in next)) out.set(id, null);
  }
}

export function diffDocs(prev: JourneyDoc, next: JourneyDoc): JourneyChanges {
  const changes = emptyChanges(next.id);
  const meta = changes.meta as Record<string, unknown>;
  const before = prev as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  for (const key of Object.keys(after)) {
    if (!RECORD_KEYS.has(key) && before[key] !== after[key]) meta[key] = after[key];
  }
  for (const key of Object.keys(before)) {
    if (!RECORD_KEYS.has(key) && !(key in after)) meta[key] = undefined;
  }
  diffRecords(prev.notes, next.notes, changes.notes);
  diffRecords(prev.connectors, next.connectors, changes.connectors);
  return changes;
}

export function isEmptyChanges(changes: JourneyChanges): boolean {
  return Object.keys(changes.meta).length === 0 && changes.notes.size === 0 && changes.connectors.size === 0;
}

/** Only the bookkeeping timestamp changed: nothing another window needs to hear about. */
export function onlyTimestampChanged(changes: JourneyChanges): boolean {
  const keys = Object.keys(changes.meta);
  return changes.notes.size === 0 && changes.connectors.size === 0 && keys.every((k) => k === 'updatedAt');
}

/** Folds `newer` into `older` (mutating and returning `older`): the newer value of a record wins. */
export function mergeChanges(older: JourneyChanges, newer: JourneyChanges): JourneyChanges {
  Object.assign(older.meta, newer.meta);
  for (const [id, note] of newer.notes) older.notes.set(id, note);
  for (const [id, connector] of newer.connectors) older.connectors.set(id, connector);
  return older;
}

/**
 * Removes from `pending` every record that `incoming` also changes: used when another window's
 * newer edit of a record arrives while this window still holds an older, unsaved one.
 */
export function withoutRecordsOf(pending: JourneyChanges, incoming: JourneyChanges): void {
  for (const key of Object.keys(incoming.meta)) {
    if (key !== 'updatedAt') delete (pending.meta as Record<string, unknown>)[key];
  }
  for (const id of incoming.notes.keys()) pending.notes.delete(id);
  for (const id of incoming.connectors.keys()) pending.connectors.delete(id);
}

function applyRecords<T>(records: Record<Id, T>, changes: Map<Id, T | null>): Record<Id, T> {
  if (changes.size === 0) return records;
  const next = { ...records };
  for (const [id, value] of changes) {
    if (value === null) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** The document with the changes applied; records not mentioned keep their identity. */
export function applyChanges(doc: JourneyDoc, changes: JourneyChanges): JourneyDoc {
  const next = { ...doc, ...changes.meta } as JourneyDoc;
  for (const [key, value] of Object.entries(changes.meta)) {
    if (value === undefined) delete (next as unknown as Record<string, unknown>)[key];
  }
  next.notes = applyRecords(doc.notes, changes.notes);
  next.connectors = applyRecords(doc.connectors, changes.connectors);
  // A connector whose note is gone would point nowhere (a note deleted here, the line added there).
  const dangling = Object.values(next.connectors).filter((c) => !next.notes[c.from] || !next.notes[c.to]);
  if (dangling.length > 0) {
    next.connectors = { ...next.connectors };
    for (const c of dangling) delete next.connectors[c.id];
  }
  return next;
}

export function changedRecordCount(changes: JourneyChanges): number {
  return Object.keys(changes.meta).length + changes.notes.size + changes.connectors.size;
}
