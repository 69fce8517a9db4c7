/**
 * The save state the header shows and the storage banner explains: one small store, fed by the
 * open journey's autosave.
 */
import { createStore, useStore } from 'zustand';
import type { SaveStatus } from './autosave';

export interface SaveStatusState {
  /** Null on the library screen before any journey was opened. */
  status: SaveStatus | null;
  /** Retries a failed write at once (the banner's button). */
  retry: (() => void) | null;
  set(status: SaveStatus | null, retry?: (() => void) | null): void;
}

export const saveStatusStore = createStore<SaveStatusState>()((set) => ({
  status: null,
  retry: null,
  set(status, retry = null) {
    set({ status, retry });
  },
}));

export function useSaveStatus<T>(selector: (state: SaveStatusState) => T): T {
  return useStore(saveStatusStore, selector);
}
