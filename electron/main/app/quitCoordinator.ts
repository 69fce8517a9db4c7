/**
 * Quitting waits for the renderer to flush: the last autosave and a final backup must reach the
 * disk before the window goes (issue 4: backups "on quit"). The first close or quit is held
 * back, the renderer is told (`app:before-quit`), and its answer (`app:ready-to-quit`) or a
 * timeout lets the close or quit go ahead. A renderer that hangs can delay quitting, never
 * prevent it.
 */
export interface QuitCoordinatorDeps {
  /** Sends `app:before-quit` to the renderer; false when there is no renderer to ask. */
  askRenderer(): boolean;
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface QuitCoordinator {
  /** From the window's `close` and the app's `before-quit`: holds it back until flushed. */
  intercept(event: PreventableEvent, proceed: () => void): void;
  /** The renderer finished flushing. */
  rendererReady(): void;
  /** After a window really closed without quitting (macOS): the next close asks again. */
  reset(): void;
}

export const QUIT_FLUSH_TIMEOUT_MS = 5000;

export function createQuitCoordinator(deps: QuitCoordinatorDeps): QuitCoordinator {
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'idle' | 'flushing' | 'flushed' = 'idle';
  let pending: (() => void) | null = null;
  let timer: unknown = null;

  function finish() {
    if (state !== 'flushing') return;
    state = 'flushed';
    if (timer !== null) clearTimer(timer);
    timer = null;
    const proceed = pending;
    pending = null;
    proceed?.();
  }

  return {
    intercept(event, proceed) {
      if (state === 'flushed') return; // already flushed: let it through
      event.preventDefault();
      pending = proceed; // a quit arriving during a window close's flush takes over
      if (state === 'flushing') return;
      state = 'flushing';
      if (!deps.askRenderer()) {
        finish();
        return;
      }
      timer = setTimer(finish, deps.timeoutMs ?? QUIT_FLUSH_TIMEOUT_MS);
    },
    rendererReady: finish,
    reset() {
      if (state === 'flushed') state = 'idle';
    },
  };
}
