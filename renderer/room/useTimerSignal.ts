import { useEffect } from 'react';
import { settleTimer } from '../../shared/room/timer';
import { playBeep } from './beep';
import type { RoomContext } from './roomCommands';

/**
 * The facilitator's window notices the end of the timebox: it records the timer as finished
 * (so the projector flashes even if it missed the moment) and beeps when the sound is on.
 */
export function useTimerSignal(ctx: RoomContext): void {
  useEffect(() => {
    const id = window.setInterval(() => signalTimerEnd(ctx, playBeep), 200);
    return () => window.clearInterval(id);
  }, [ctx]);
}

/** One look at the clock: records the end of the timebox and beeps if the sound is on. */
export function signalTimerEnd(ctx: Pick<RoomContext, 'room' | 'now'>, beep: () => void): void {
  const { timer, settings } = ctx.room.getState();
  if (timer.status !== 'running') return;
  const settled = settleTimer(timer, ctx.now());
  if (settled === timer) return;
  ctx.room.setState({ timer: settled });
  if (settings.timerSound) beep();
}
