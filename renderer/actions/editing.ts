/**
 * Ending an inline edit: a typing session becomes one undo step. A new note that is still
 * empty simply disappears; a note whose text no longer fits at the smallest legible size grows.
 */
import {
  LIMITS,
  addNotes,
  updateConnector,
  updateLane,
  updateNote,
  updatePhase,
  type Note,
} from '../../shared/model';
import type { BoardStore } from '../store/store';
import { commitDoc } from './commit';

/** How tall a note must be to hold `text` (from the text layout; injected for tests). */
export type NeededHeight = (note: Note, text: string) => number;

export function commitEditing(store: BoardStore, text: string, neededHeight: NeededHeight): void {
  const { editing, startEditing, select } = store.getState();
  if (!editing) return;
  startEditing(null);
  const grown = (note: Note) => Math.min(LIMITS.noteSizeMax, Math.max(note.height, neededHeight(note, text)));
  switch (editing.kind) {
    case 'newNote': {
      if (text.trim() === '') return;
      const note = { ...editing.note, text, height: grown(editing.note) };
      commitDoc(store, (doc) => addNotes(doc, [note]));
      select([note.id]);
      return;
    }
    case 'note':
      commitDoc(store, (doc) => {
        const note = doc.notes[editing.id];
        if (!note || note.text === text) return doc;
        return updateNote(doc, note.id, { text, height: grown(note) });
      });
      return;
    case 'connectorLabel':
      commitDoc(store, (doc) =>
        doc.connectors[editing.id]?.label === text ? doc : updateConnector(doc, editing.id, { label: text.trim() }),
      );
      return;
    case 'phaseTitle':
    case 'laneTitle': {
      const title = text.trim().slice(0, LIMITS.titleLength);
      // An emptied header keeps its old name: a nameless column means nothing to the room.
      if (!title) return;
      commitDoc(store, (doc) => {
        const list = editing.kind === 'phaseTitle' ? doc.phases : doc.lanes;
        if (list.find((x) => x.id === editing.id)?.title === title) return doc;
        return editing.kind === 'phaseTitle'
          ? updatePhase(doc, editing.id, { title })
          : updateLane(doc, editing.id, { title });
      });
    }
  }
}
