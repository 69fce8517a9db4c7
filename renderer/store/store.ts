/**
 * One zustand store composed of slices (journey, selection, view, UI, board UI), with undo history
 * applied once on the combined store. Only the journey document is recorded: selection, camera
 * and screen changes are not undo steps.
 */
import { temporal } from 'zundo';
import { createStore, useStore } from 'zustand';
import { useStoreWithEqualityFn } from 'zustand/traditional';
import { createBoardUiSlice, type BoardUiSlice } from './boardUiSlice';
import { createJourneySlice, type JourneySlice } from './journeySlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type BoardState = JourneySlice & SelectionSlice & ViewSlice & UiSlice & BoardUiSlice;

export const UNDO_LIMIT = 200;

export function createBoardStore() {
  return createStore<BoardState>()(
    temporal(
      (...a) => ({
        ...createJourneySlice(...a),
        ...createSelectionSlice(...a),
        ...createViewSlice(...a),
        ...createUiSlice(...a),
        ...createBoardUiSlice(...a),
      }),
      {
        partialize: (state) => ({ doc: state.doc }),
        // Record a step only when the document object changed, not on selection or camera moves.
        equality: (past, current) => past.doc === current.doc,
        limit: UNDO_LIMIT,
      },
    ),
  );
}

export type BoardStore = ReturnType<typeof createBoardStore>;

/** The app's store. Tests create their own with createBoardStore(). */
export const boardStore: BoardStore = createBoardStore();

export function useBoard<T>(selector: (state: BoardState) => T): T {
  return useStore(boardStore, selector);
}

export function useBoardWithEquality<T>(selector: (state: BoardState) => T, equal: (a: T, b: T) => boolean): T {
  return useStoreWithEqualityFn(boardStore, selector, equal);
}

export function undoHistory(store: BoardStore = boardStore) {
  return store.temporal.getState();
}
