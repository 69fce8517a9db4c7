/**
 * Dropping notes: each lands in the cell under its centre (or becomes free outside the grid),
 * takes that lane's kind, and comes to the front. One document change for the whole drop.
 */
import {
  DEFAULT_COLOUR_BY_KIND,
  clampNote,
  computeGridLayout,
  noteRect,
  placeNote,
  type Id,
  type JourneyDoc,
  type Note,
  type NoteKind,
  type Rect,
} from '../model';

function kindAfterMove(doc: JourneyDoc, note: Note, laneId: Id | null): Pick<Note, 'kind' | 'colour'> {
  if (laneId === null) return { kind: note.kind, colour: note.colour };
  const kind: NoteKind = doc.lanes.find((l) => l.id === laneId)?.kind ?? note.kind;
  // A note still in its kind's default colour changes colour with its kind; a colour the
  // facilitator picked on purpose stays.
  const colour = note.colour === DEFAULT_COLOUR_BY_KIND[note.kind] ? DEFAULT_COLOUR_BY_KIND[kind] : note.colour;
  return { kind, colour };
}

/** Places notes at new board rects (top-left and size) and brings them to the front. */
export function placeNotesAt(doc: JourneyDoc, rects: ReadonlyMap<Id, Rect>): JourneyDoc {
  if (rects.size === 0) return doc;
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const notes: Record<Id, Note> = {};
  for (const id in doc.notes) if (!rects.has(id)) notes[id] = doc.notes[id]!;
  // Re-inserted last, the moved notes are drawn on top.
  for (const [id, rect] of rects) {
    const note = doc.notes[id];
    if (!note) continue;
    const placed = placeNote(rect, rect, layout);
    notes[id] = clampNote({ ...note, ...placed, ...kindAfterMove(doc, note, placed.laneId), width: rect.width, height: rect.height });
  }
  return { ...doc, notes };
}

export function moveNotesBy(doc: JourneyDoc, ids: Iterable<Id>, dx: number, dy: number): JourneyDoc {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const rects = new Map<Id, Rect>();
  for (const id of ids) {
    const note = doc.notes[id];
    const r = note && noteRect(note, layout);
    if (r) rects.set(id, { ...r, x: r.x + dx, y: r.y + dy });
  }
  return placeNotesAt(doc, rects);
}
