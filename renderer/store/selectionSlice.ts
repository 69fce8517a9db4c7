import type { StateCreator } from 'zustand';
import type { Cell, Id } from '../../shared/model';
import type { BoardState } from './store';

export interface SelectionSlice {
  /** Selected note ids. A new Set on every change so selectors see the change. */
  selectedNoteIds: ReadonlySet<Id>;
  selectedConnectorIds: ReadonlySet<Id>;
  /** The cell last clicked on empty paper: where `N` and the toolbar put a new note. */
  selectedCell: Cell | null;
  select(noteIds: Iterable<Id>, connectorIds?: Iterable<Id>): void;
  clearSelection(): void;
  selectCell(cell: Cell | null): void;
}

export const createSelectionSlice: StateCreator<BoardState, [], [], SelectionSlice> = (set) => ({
  selectedNoteIds: new Set(),
  selectedConnectorIds: new Set(),
  selectedCell: null,
  select(noteIds, connectorIds = []) {
    const notes = new Set(noteIds);
    const lines = new Set(connectorIds);
    // Picking notes or lines ends the cell selection: one thing is selected at a time.
    const picked = notes.size > 0 || lines.size > 0;
    set({ selectedNoteIds: notes, selectedConnectorIds: lines, ...(picked ? { selectedCell: null } : {}) });
  },
  clearSelection() {
    set({ selectedNoteIds: new Set(), selectedConnectorIds: new Set() });
  },
  selectCell(selectedCell) {
    set({ selectedCell });
  },
});
