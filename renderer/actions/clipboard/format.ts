/**
 * Notes on the system clipboard, as JSON text: it survives between two windows and two
 * journeys, and anything else on the clipboard is plain text. What comes back is untrusted
 * (another app may have put it there): sized, parsed, checked note by note, with fresh ids.
 */
import {
  ConnectorSchema,
  LIMITS,
  NoteSchema,
  addNotes,
  boundingRect,
  createNote,
  newId,
  type Connector,
  type Id,
  type JourneyDoc,
  type Note,
  type Point,
} from '../../../shared/model';
import { noteRects } from '../../../shared/board/bounds';
import { placeNotesAt } from '../../../shared/board/moveNotes';

export const CLIPBOARD_KIND = 'journeyboard/notes';
const MAX_CLIPBOARD_CHARS = 20_000_000;

export type ClipboardContent = { kind: 'notes'; notes: Note[]; connectors: Connector[] } | { kind: 'text'; text: string };

/** The selected notes with board coordinates, and the lines between them. */
export function serializeNotes(doc: JourneyDoc, ids: Iterable<Id>): string | null {
  const rects = noteRects(doc, ids);
  if (rects.size === 0) return null;
  const notes: Note[] = [];
  for (const [id, r] of rects) notes.push({ ...doc.notes[id]!, x: r.x, y: r.y, phaseId: null, laneId: null });
  const connectors = Object.values(doc.connectors).filter((c) => rects.has(c.from) && rects.has(c.to));
  return JSON.stringify({ kind: CLIPBOARD_KIND, version: 1, notes, connectors });
}

export function parseClipboard(text: string): ClipboardContent | null {
  if (!text || text.length > MAX_CLIPBOARD_CHARS) return null;
  if (text.trimStart().startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    if (data && typeof data === 'object' && (data as { kind?: unknown }).kind === CLIPBOARD_KIND) {
      const raw = data as { notes?: unknown; connectors?: unknown };
      const notes = (Array.isArray(raw.notes) ? raw.notes : [])
        .slice(0, LIMITS.notes)
        .map((n) => NoteSchema.safeParse(n))
        .flatMap((r) => (r.success ? [r.data] : []));
      const ids = new Set(notes.map((n) => n.id));
      const connectors = (Array.isArray(raw.connectors) ? raw.connectors : [])
        .slice(0, LIMITS.connectors)
        .map((c) => ConnectorSchema.safeParse(c))
        .flatMap((r) => (r.success && ids.has(r.data.from) && ids.has(r.data.to) ? [r.data] : []));
      return notes.length ? { kind: 'notes', notes, connectors } : null;
    }
  }
  const plain = text.replace(/\r\n?/g, '\n').trim().slice(0, LIMITS.textLength);
  return plain ? { kind: 'text', text: plain } : null;
}

/**
 * Adds pasted notes centred on `at` (or shifted a little from where they were copied), each
 * in the cell it lands in. Returns the ids of the new notes.
 */
export function pasteContent(doc: JourneyDoc, content: ClipboardContent, at: Point | null): { doc: JourneyDoc; ids: Id[] } {
  const source =
    content.kind === 'notes'
      ? content.notes
      : [createNote({ text: content.text, x: (at?.x ?? 0) - 80, y: (at?.y ?? 0) - 60 })];
  const box = boundingRect(source.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height })))!;
  const dx = at ? at.x - (box.x + box.width / 2) : 24;
  const dy = at ? at.y - (box.y + box.height / 2) : 24;
  const idMap = new Map<Id, Id>();
  const fresh = source.map((n) => {
    const id = newId();
    idMap.set(n.id, id);
    return { ...n, id, x: n.x + dx, y: n.y + dy, phaseId: null, laneId: null };
  });
  let next = addNotes(doc, fresh);
  next = placeNotesAt(next, new Map(fresh.map((n) => [n.id, { x: n.x, y: n.y, width: n.width, height: n.height }])));
  if (content.kind === 'notes' && content.connectors.length) {
    const connectors = { ...next.connectors };
    for (const c of content.connectors) {
      const from = idMap.get(c.from);
      const to = idMap.get(c.to);
      if (!from || !to) continue;
      const id = newId();
      connectors[id] = { ...c, id, from, to };
    }
    next = { ...next, connectors };
  }
  return { doc: next, ids: fresh.map((n) => n.id) };
}
