/**
 * The timebox countdown shown on the projector. A pure state machine driven by a clock the
 * caller passes in (milliseconds, `Date.now()` in the app), so that both windows compute the
 * same remaining time from one broadcast state and tests need no fake timers.
 *
 * A running timer stores its end time rather than the time left: the projector window can
 * render it every frame without receiving a message per second.
 */
export type TimerState =
  | { status: 'idle' }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }
  | { status: 'finished'; durationMs: number; finishedAt: number };

export const MINUTE_MS = 60_000;
export const TIMER_LIMITS = { minMs: 1_000, maxMs: 24 * 60 * MINUTE_MS } as const;

export const IDLE_TIMER: TimerState = { status: 'idle' };

function clampDuration(ms: number): number {
  if (!Number.isFinite(ms)) return TIMER_LIMITS.minMs;
  return Math.min(TIMER_LIMITS.maxMs, Math.max(TIMER_LIMITS.minMs, Math.round(ms)));
}

export function startTimer(durationMs: number, now: number): TimerState {
  const duration = clampDuration(durationMs);
  return { status: 'running', durationMs: duration, endsAt: now + duration };
}

/** Moves a running timer whose end has passed to `finished`; anything else is returned as is. */
export function settleTimer(state: TimerState, now: number): TimerState {
  if (state.status === 'running' && now >= state.endsAt) {
    return { status: 'finished', durationMs: state.durationMs, finishedAt: state.endsAt };
  }
  return state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  const settled = settleTimer(state, now);
  if (settled.status !== 'running') return settled;
  return { status: 'paused', durationMs: settled.durationMs, remainingMs: settled.endsAt - now };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs };
}

/**
 * One more minute. On a finished timer this starts a fresh one-minute timebox, because "one
 * more minute" after the signal is what a facilitator means; an idle timer starts one too.
 */
export function addMinute(state: TimerState, now: number): TimerState {
  const settled = settleTimer(state, now);
  switch (settled.status) {
    case 'idle':
    case 'finished':
      return startTimer(MINUTE_MS, now);
    case 'running': {
      const remaining = settled.endsAt - now;
      const extra = Math.min(MINUTE_MS, TIMER_LIMITS.maxMs - remaining);
      return { status: 'running', durationMs: settled.durationMs + extra, endsAt: settled.endsAt + extra };
    }
    case 'paused': {
      const extra = Math.min(MINUTE_MS, TIMER_LIMITS.maxMs - settled.remainingMs);
      return { status: 'paused', durationMs: settled.durationMs + extra, remainingMs: settled.remainingMs + extra };
    }
  }
}

export function stopTimer(): TimerState {
  return IDLE_TIMER;
}

export function remainingMs(state: TimerState, now: number): number {
  switch (state.status) {
    case 'idle':
    case 'finished':
      return 0;
    case 'paused':
      return state.remainingMs;
    case 'running':
      return Math.max(0, state.endsAt - now);
  }
}

/** How much of the timebox has passed, 0..1 (for a progress ring). */
export function elapsedFraction(state: TimerState, now: number): number {
  if (state.status === 'idle') return 0;
  if (state.status === 'finished') return 1;
  return Math.min(1, Math.max(0, 1 - remainingMs(state, now) / state.durationMs));
}

/**
 * "mm:ss", or "h:mm:ss" from one hour. Seconds round up, so the display shows 00:00 only once
 * the time is really over and a fresh 5-minute timer starts at 05:00.
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
