/** What the board's React components share: the canvas view and a way to run actions. */
import { createContext, useContext } from 'react';
import type { ActionName } from '../actions/registry';
import type { BoardView } from '../canvas/stage/BoardView';

export interface BoardContextValue {
  view: BoardView | null;
  run(name: ActionName, input?: unknown): void;
}

export const BoardContext = createContext<BoardContextValue>({ view: null, run: () => undefined });

export function useBoardContext(): BoardContextValue {
  return useContext(BoardContext);
}
