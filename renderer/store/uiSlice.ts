import type { StateCreator } from 'zustand';
import type { Id } from '../../shared/model';
import type { BoardState } from './store';

export type Screen = { name: 'library' } | { name: 'board'; journeyId: Id };

export interface UiSlice {
  screen: Screen;
  showScreen(screen: Screen): void;
}

export const createUiSlice: StateCreator<BoardState, [], [], UiSlice> = (set) => ({
  screen: { name: 'library' },
  showScreen(screen) {
    set({ screen });
  },
});
