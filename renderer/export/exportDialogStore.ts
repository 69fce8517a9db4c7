/** Whether the export dialog is open, and with which format chosen: actions and buttons open it. */
import { createStore, useStore } from 'zustand';
import type { ExportFormat } from './exportJob';

interface ExportDialogState {
  open: boolean;
  format: ExportFormat;
  show(format: ExportFormat): void;
  close(): void;
}

export const exportDialogStore = createStore<ExportDialogState>()((set) => ({
  open: false,
  format: 'png',
  show: (format) => set({ open: true, format }),
  close: () => set({ open: false }),
}));

export function useExportDialog<T>(selector: (s: ExportDialogState) => T): T {
  return useStore(exportDialogStore, selector);
}
