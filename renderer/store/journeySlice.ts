import type { StateCreator } from 'zustand';
import { fromDoc, toDoc, type Journey, type JourneyDoc } from '../../shared/model';
import { applyJourneyRules } from './journeyRules';
import type { BoardState } from './store';

export interface JourneySlice {
  /** The open journey, or null on the library screen. */
  doc: JourneyDoc | null;
  /** Replaces the open journey (opening, importing, a change from another window). */
  loadJourney(journey: Journey | null): void;
  /**
   * The single way the journey changes: every named action goes through here, so undo
   * history, autosave and live sync see every edit.
   */
  changeDoc(recipe: (doc: JourneyDoc) => JourneyDoc): void;
  currentJourney(): Journey | null;
}

export const createJourneySlice: StateCreator<BoardState, [], [], JourneySlice> = (set, get) => ({
  doc: null,
  loadJourney(journey) {
    // A different journey: nothing selected or half-edited may carry over from the last one.
    set({
      doc: journey ? toDoc(journey) : null,
      selectedNoteIds: new Set(),
      selectedConnectorIds: new Set(),
      selectedCell: null,
      editing: null,
      dialog: null,
      contextMenu: null,
    });
  },
  changeDoc(recipe) {
    const doc = get().doc;
    if (!doc) return;
    const next = recipe(doc);
    if (next === doc) return;
    // The one path of every journey edit: the rules (emotion notes aligned, cells grown) hold
    // after each, whoever made it (journeyRules.ts).
    set({ doc: { ...applyJourneyRules(doc, next), updatedAt: new Date().toISOString() } });
  },
  currentJourney() {
    const doc = get().doc;
    return doc ? fromDoc(doc) : null;
  },
});
