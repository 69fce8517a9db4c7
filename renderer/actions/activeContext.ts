/**
 * The context actions run in from outside the board (the shell's header, the desktop menu's
 * app-level commands): the open board's, when there is one, else the store alone, which is
 * enough for the app-level commands.
 */
import { boardStore } from '../store/store';
import { runAction, type ActionName } from './registry';
import type { ActionContext, AppActionContext } from './types';

let boardContext: (() => ActionContext) | null = null;

/** The board screen registers its context while it is shown; the returned function unregisters it. */
export function provideBoardContext(context: () => ActionContext): () => void {
  boardContext = context;
  return () => {
    if (boardContext === context) boardContext = null;
  };
}

export function activeContext(): AppActionContext {
  return boardContext?.() ?? { store: boardStore };
}

export function runFromShell(name: ActionName, input?: unknown): Promise<void> {
  return runAction(name, activeContext(), input);
}
