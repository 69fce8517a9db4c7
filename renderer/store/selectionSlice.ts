import type { StateCreator } from 'zustand';
import type { Id } from '../../shared/model';
import type { BoardState } from './store';

export interface SelectionSlice {
  /** Selected note ids. A new Set on every change so selectors see the change. */
  selectedNoteIds: ReadonlySet<Id>;
  selectedConnectorIds: ReadonlySet<Id>;
  select(noteIds: Iterable<Id>, connectorIds?: Iterable<Id>): void;
  clearSelection(): void;
}

export const createSelectionSlice: StateCreator<BoardState, [], [], SelectionSlice> = (set) => ({
  selectedNoteIds: new Set(),
  selectedConnectorIds: new Set(),
  select(noteIds, connectorIds = []) {
    set({ selectedNoteIds: new Set(noteIds), selectedConnectorIds: new Set(connectorIds) });
  },
  clearSelection() {
    set({ selectedNoteIds: new Set(), selectedConnectorIds: new Set() });
  },
});
