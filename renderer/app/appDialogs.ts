/**
 * Which app-level dialog is open (a new journey, restoring a backup, About). The app-level
 * actions open them; the shell shows them. A store rather than React state, so that the menu,
 * the keys and the buttons all reach the same dialog through runAction.
 */
import { createStore, useStore } from 'zustand';

export type AppDialog = 'newJourney' | 'restoreBackup' | 'about';

interface AppDialogsState {
  open: AppDialog | null;
  show(dialog: AppDialog): void;
  close(): void;
}

export const appDialogs = createStore<AppDialogsState>()((set) => ({
  open: null,
  show: (dialog) => set({ open: dialog }),
  close: () => set({ open: null }),
}));

export function useAppDialog(): AppDialog | null {
  return useStore(appDialogs, (s) => s.open);
}
