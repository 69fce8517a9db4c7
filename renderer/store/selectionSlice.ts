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
    set({ selectedNoteIds: new Set(noteIds), selectedConnectorIds: new Set(connectorIds) });
  },
  clearSelection() {
    set({ selectedNoteIds: new Set(), selectedConnectorIds: new Set() });
  },
  selectCell(selectedCell) {
    set({ selectedCell });
  },
});
