/**
 * Re-renders a toolbar control when what decides its enabled state changes: the selection and
 * the undo history. Deliberately not the document: typing in a note must not re-render the chrome.
 */
import { useStore } from 'zustand';
import { boardStore, useBoard } from '../store/store';

export function useActionStateVersion(): void {
  useBoard((s) => s.selectedNoteIds);
  useBoard((s) => s.selectedConnectorIds);
  useStore(boardStore.temporal, (s) => s.pastStates.length);
  useStore(boardStore.temporal, (s) => s.futureStates.length);
}
