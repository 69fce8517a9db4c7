/** Pure operations on the notes of a journey. Each returns a new document; none mutates. */
import type { JourneyDoc } from './document';
import { newId } from './ids';
import { LIMITS, type Id, type Note, type NoteKind } from './journey';
import { DEFAULT_COLOUR_BY_KIND } from './palette';

export const DEFAULT_NOTE_SIZE = { width: 160, height: 120 } as const;

export function createNote(fields: Partial<Note> & { kind?: NoteKind }): Note {
  const kind = fields.kind ?? 'free';
  return {
    x: 0,
    y: 0,
    phaseId: null,
    laneId: null,
    ...DEFAULT_NOTE_SIZE,
    text: '',
    colour: DEFAULT_COLOUR_BY_KIND[kind],
    ...fields,
    id: fields.id ?? newId(),
    kind,
  };
}

/** The kind a new note in a lane takes: the lane's kind, or free outside the grid. */
export function kindForLane(doc: JourneyDoc, laneId: Id | null): NoteKind {
  if (laneId === null) return 'free';
  return doc.lanes.find((l) => l.id === laneId)?.kind ?? 'free';
}

export function addNotes(doc: JourneyDoc, notes: readonly Note[]): JourneyDoc {
  if (notes.length === 0) return doc;
  const next = { ...doc.notes };
  for (const note of notes) next[note.id] = note;
  return { ...doc, notes: next };
}

export type NotePatch = Partial<Omit<Note, 'id'>>;

/** Applies a patch per note id; ids that don't exist are ignored. */
export function updateNotes(doc: JourneyDoc, patches: ReadonlyMap<Id, NotePatch>): JourneyDoc {
  let next: Record<Id, Note> | null = null;
  for (const [id, patch] of patches) {
    const note = doc.notes[id];
    if (!note) continue;
    next ??= { ...doc.notes };
    next[id] = clampNote({ ...note, ...patch });
  }
  return next ? { ...doc, notes: next } : doc;
}

export function updateNote(doc: JourneyDoc, id: Id, patch: NotePatch): JourneyDoc {
  return updateNotes(doc, new Map([[id, patch]]));
}

/** Removes notes and every connector that touched them. */
export function removeNotes(doc: JourneyDoc, ids: Iterable<Id>): JourneyDoc {
  const gone = new Set(ids);
  if (gone.size === 0) return doc;
  const notes = { ...doc.notes };
  for (const id of gone) delete notes[id];
  const connectors = { ...doc.connectors };
  for (const c of Object.values(doc.connectors)) {
    if (gone.has(c.from) || gone.has(c.to)) delete connectors[c.id];
  }
  return { ...doc, notes, connectors };
}

/**
 * Copies notes (and the connectors between them) with fresh ids, shifted by an offset in the
 * notes' own coordinates. Returns the new document and the ids of the copies.
 */
export function duplicateNotes(
  doc: JourneyDoc,
  ids: readonly Id[],
  offset: { x: number; y: number },
): { doc: JourneyDoc; ids: Id[] } {
  const idMap = new Map<Id, Id>();
  const copies: Note[] = [];
  for (const id of ids) {
    const note = doc.notes[id];
    if (!note) continue;
    const copy = clampNote({ ...note, id: newId(), x: note.x + offset.x, y: note.y + offset.y });
    idMap.set(id, copy.id);
    copies.push(copy);
  }
  let next = addNotes(doc, copies);
  const connectors = { ...next.connectors };
  for (const c of Object.values(doc.connectors)) {
    const from = idMap.get(c.from);
    const to = idMap.get(c.to);
    if (from && to) {
      const id = newId();
      connectors[id] = { ...c, id, from, to };
    }
  }
  next = { ...next, connectors };
  return { doc: next, ids: copies.map((n) => n.id) };
}

export function clampNote(note: Note): Note {
  const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
  return {
    ...note,
    x: clamp(note.x, -LIMITS.coordinate, LIMITS.coordinate),
    y: clamp(note.y, -LIMITS.coordinate, LIMITS.coordinate),
    width: clamp(note.width, LIMITS.noteSizeMin, LIMITS.noteSizeMax),
    height: clamp(note.height, LIMITS.noteSizeMin, LIMITS.noteSizeMax),
  };
}
