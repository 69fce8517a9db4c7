/**
 * View state of the method features: the attribute highlight, which emotion curves are shown,
 * which phase's guiding questions are open, the catalogue entry being dragged. None of it is
 * part of the journey or of undo; the canvas reads it to dim notes and draw curves.
 */
import { createStore, useStore } from 'zustand';
import type { Id } from '../../shared/model';
import type { AttributeFilter } from './touchpoint/attributeFilter';

export interface MethodViewState {
  filter: AttributeFilter | null;
  curves: { current: boolean; target: boolean };
  /** The phase whose guiding questions are shown beside its header. */
  questionsPhaseId: Id | null;
  /** Whether the "?" buttons beside the phase headers are shown. */
  questionsShown: boolean;
  /** The method dialog that is open (switching the phase model). */
  dialog: 'phaseModel' | null;
  setFilter(filter: AttributeFilter | null): void;
  showCurve(curve: 'current' | 'target', shown: boolean): void;
  showQuestions(phaseId: Id | null): void;
  toggleQuestions(shown?: boolean): void;
  openDialog(dialog: 'phaseModel' | null): void;
}

export function createMethodView() {
  return createStore<MethodViewState>()((set) => ({
    filter: null,
    curves: { current: true, target: true },
    questionsPhaseId: null,
    questionsShown: false,
    dialog: null,
    setFilter: (filter) => set({ filter }),
    showCurve: (curve, shown) => set((s) => ({ curves: { ...s.curves, [curve]: shown } })),
    showQuestions: (questionsPhaseId) => set({ questionsPhaseId }),
    toggleQuestions: (shown) => set((s) => ({ questionsShown: shown ?? !s.questionsShown, questionsPhaseId: null })),
    openDialog: (dialog) => set({ dialog }),
  }));
}

export const methodView = createMethodView();

export function useMethodView<T>(selector: (state: MethodViewState) => T): T {
  return useStore(methodView, selector);
}
