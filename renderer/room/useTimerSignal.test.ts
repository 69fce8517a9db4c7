import { describe, expect, it } from 'vitest';
import { startTimer } from '../../shared/room/timer';
import { createRoomStore } from './roomStore';
import { DEFAULT_ROOM_SETTINGS } from './roomSettings';
import { signalTimerEnd } from './useTimerSignal';

describe('the end of the timebox', () => {
  it('is recorded once, and beeps only when the sound is on', () => {
    let now = 1_000;
    let beeps = 0;
    const room = createRoomStore({ timer: startTimer(60_000, now) });
    const ctx = { room, now: () => now };
    signalTimerEnd(ctx, () => beeps++);
    expect(room.getState().timer.status).toBe('running');
    now += 61_000;
    signalTimerEnd(ctx, () => beeps++);
    expect(room.getState().timer).toMatchObject({ status: 'finished', finishedAt: 61_000 });
    expect(beeps).toBe(0);

    room.setState({ timer: startTimer(1_000, now), settings: { ...DEFAULT_ROOM_SETTINGS, timerSound: true } });
    now += 2_000;
    signalTimerEnd(ctx, () => beeps++);
    signalTimerEnd(ctx, () => beeps++);
    expect(beeps).toBe(1);
  });
});
