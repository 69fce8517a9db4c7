/**
 * A read-only window into the app for end-to-end tests and the benchmark: they drive the UI
 * with real pointer and keyboard events and read the resulting state here instead of guessing
 * from pixels alone. It exposes copies, never setters.
 */
import { fromDoc, type Journey } from '../../shared/model';
import { boardProbe, type BoardProbe } from '../canvas/stage/boardProbe';
import type { SaveStatus } from '../autosave/autosave';
import { connectionStats } from '../db/instance';
import type { ConnectionStats } from '../db/healing';
import { boardStore } from '../store/store';
import { activeAutosave } from './journeySession';

/** The board's geometry getters (where notes and headers are drawn) are part of the hook. */
export interface JourneyboardTestHook extends BoardProbe {
  journey(): Journey | null;
  selectedNoteIds(): string[];
  camera(): { x: number; y: number; zoom: number };
  screen(): string;
  canUndo(): boolean;
  /** The open journey's autosave: its state and how many records wait to be written. */
  autosave(): { status: SaveStatus; pending: number } | null;
  /** The database connection's fault figures: closes, failed reopens, reopens. */
  storage(): ConnectionStats;
}

declare global {
  interface Window {
    __journeyboard?: JourneyboardTestHook;
  }
}

export function installTestHook(): void {
  const hook: JourneyboardTestHook = {
    journey: () => {
      const doc = boardStore.getState().doc;
      return doc ? structuredClone(fromDoc(doc)) : null;
    },
    selectedNoteIds: () => [...boardStore.getState().selectedNoteIds],
    camera: () => ({ ...boardStore.getState().camera }),
    screen: () => boardStore.getState().screen.name,
    canUndo: () => boardStore.temporal.getState().pastStates.length > 0,
    autosave: () => {
      const autosave = activeAutosave();
      return autosave ? { status: { ...autosave.status() }, pending: autosave.pendingCount() } : null;
    },
    storage: () => connectionStats() ?? { closes: 0, failedReopens: 0, reopens: 0, generation: 0 },
    ...boardProbe,
  };
  Object.defineProperty(window, '__journeyboard', { value: Object.freeze(hook), configurable: false });
}
