/** Small readers of the selection shared by the actions. */
import type { Id } from '../../shared/model';
import type { BoardStore } from '../store/store';

/** Selected notes that still exist, in selection order. */
export function selectedNotes(store: BoardStore): Id[] {
  const { doc, selectedNoteIds } = store.getState();
  return doc ? [...selectedNoteIds].filter((id) => doc.notes[id]) : [];
}

export function selectedConnectors(store: BoardStore): Id[] {
  const { doc, selectedConnectorIds } = store.getState();
  return doc ? [...selectedConnectorIds].filter((id) => doc.connectors[id]) : [];
}

export function hasSelection(store: BoardStore): boolean {
  return selectedNotes(store).length > 0 || selectedConnectors(store).length > 0;
}
