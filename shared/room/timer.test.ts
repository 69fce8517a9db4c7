import { describe, expect, it } from 'vitest';
import {
  addMinute,
  elapsedFraction,
  formatRemaining,
  IDLE_TIMER,
  MINUTE_MS,
  pauseTimer,
  remainingMs,
  resumeTimer,
  settleTimer,
  startTimer,
  TIMER_LIMITS,
} from './timer';

const T0 = 1_000_000;

describe('timer', () => {
  it('counts down from the duration by the clock passed in', () => {
    const t = startTimer(5 * MINUTE_MS, T0);
    expect(remainingMs(t, T0)).toBe(5 * MINUTE_MS);
    expect(remainingMs(t, T0 + 90_000)).toBe(210_000);
    expect(formatRemaining(remainingMs(t, T0 + 90_000))).toBe('03:30');
  });

  it('finishes at its end time, not at the time it is noticed', () => {
    const t = startTimer(10_000, T0);
    expect(settleTimer(t, T0 + 9_999).status).toBe('running');
    const done = settleTimer(t, T0 + 25_000);
    expect(done).toEqual({ status: 'finished', durationMs: 10_000, finishedAt: T0 + 10_000 });
    expect(remainingMs(done, T0 + 25_000)).toBe(0);
  });

  it('pause freezes the remaining time and resume continues from it', () => {
    const t = startTimer(60_000, T0);
    const paused = pauseTimer(t, T0 + 20_000);
    expect(paused).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 40_000 });
    expect(remainingMs(paused, T0 + 500_000)).toBe(40_000);
    const resumed = resumeTimer(paused, T0 + 500_000);
    expect(remainingMs(resumed, T0 + 510_000)).toBe(30_000);
  });

  it('pausing after the end gives a finished timer, resuming a running one changes nothing', () => {
    const t = startTimer(10_000, T0);
    expect(pauseTimer(t, T0 + 11_000).status).toBe('finished');
    expect(resumeTimer(t, T0 + 5_000)).toBe(t);
    expect(pauseTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
  });

  it('adds a minute to a running, paused, finished or idle timer', () => {
    const running = addMinute(startTimer(2 * MINUTE_MS, T0), T0 + 30_000);
    expect(remainingMs(running, T0 + 30_000)).toBe(150_000);
    expect(running.status === 'running' && running.durationMs).toBe(3 * MINUTE_MS);

    const paused = addMinute(pauseTimer(startTimer(MINUTE_MS, T0), T0 + 50_000), T0 + 60_000);
    expect(paused).toEqual({ status: 'paused', durationMs: 2 * MINUTE_MS, remainingMs: 70_000 });

    const afterEnd = addMinute(startTimer(10_000, T0), T0 + 20_000);
    expect(afterEnd).toEqual({ status: 'running', durationMs: MINUTE_MS, endsAt: T0 + 20_000 + MINUTE_MS });

    expect(remainingMs(addMinute(IDLE_TIMER, T0), T0)).toBe(MINUTE_MS);
  });

  it('clamps durations to the limits and never overflows the maximum', () => {
    expect(remainingMs(startTimer(-5, T0), T0)).toBe(TIMER_LIMITS.minMs);
    expect(remainingMs(startTimer(Number.NaN, T0), T0)).toBe(TIMER_LIMITS.minMs);
    const max = startTimer(Number.POSITIVE_INFINITY, T0);
    expect(remainingMs(max, T0)).toBe(TIMER_LIMITS.minMs);
    const long = startTimer(TIMER_LIMITS.maxMs, T0);
    expect(remainingMs(addMinute(long, T0), T0)).toBe(TIMER_LIMITS.maxMs);
  });

  it('reports the elapsed fraction for a progress display', () => {
    const t = startTimer(100_000, T0);
    expect(elapsedFraction(t, T0)).toBe(0);
    expect(elapsedFraction(t, T0 + 25_000)).toBeCloseTo(0.25);
    expect(elapsedFraction(settleTimer(t, T0 + 200_000), T0 + 200_000)).toBe(1);
    expect(elapsedFraction(IDLE_TIMER, T0)).toBe(0);
  });

  it('formats with seconds rounded up and hours when needed', () => {
    expect(formatRemaining(300_000)).toBe('05:00');
    expect(formatRemaining(299_001)).toBe('05:00');
    expect(formatRemaining(500)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-10)).toBe('00:00');
    expect(formatRemaining(3_600_000 + 65_000)).toBe('1:01:05');
  });
});
