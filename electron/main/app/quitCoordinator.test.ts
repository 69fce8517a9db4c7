import { describe, expect, it, vi } from 'vitest';
import { createQuitCoordinator } from './quitCoordinator';

function setup(hasRenderer = true) {
  const timers: (() => void)[] = [];
  const askRenderer = vi.fn(() => hasRenderer);
  const quit = createQuitCoordinator({ askRenderer, setTimer: (fn) => timers.push(fn), clearTimer: () => timers.splice(0) });
  const event = () => ({ preventDefault: vi.fn() });
  return { quit, askRenderer, timers, event };
}

describe('quit coordinator', () => {
  it('holds the quit until the renderer has flushed, then lets it through', () => {
    const { quit, askRenderer, event } = setup();
    const proceed = vi.fn();
    const first = event();
    quit.intercept(first, proceed);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(askRenderer).toHaveBeenCalledTimes(1);
    expect(proceed).not.toHaveBeenCalled();

    quit.rendererReady();
    expect(proceed).toHaveBeenCalledTimes(1);
    const second = event();
    quit.intercept(second, proceed); // the real quit that proceed() started
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when the renderer does not answer in time', () => {
    const { quit, timers, event } = setup();
    const proceed = vi.fn();
    quit.intercept(event(), proceed);
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('asks once when close and quit arrive together, and the quit wins', () => {
    const { quit, askRenderer, event } = setup();
    const close = vi.fn();
    const exit = vi.fn();
    quit.intercept(event(), close);
    quit.intercept(event(), exit);
    expect(askRenderer).toHaveBeenCalledTimes(1);
    quit.rendererReady();
    expect(close).not.toHaveBeenCalled();
    expect(exit).toHaveBeenCalledTimes(1);
    quit.rendererReady(); // a late second answer does nothing
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('proceeds at once without a renderer', () => {
    const { quit, event } = setup(false);
    const proceed = vi.fn();
    quit.intercept(event(), proceed);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('asks again after a window closed without quitting', () => {
    const { quit, askRenderer, event } = setup();
    quit.intercept(event(), vi.fn());
    quit.rendererReady();
    quit.reset();
    const again = event();
    quit.intercept(again, vi.fn());
    expect(again.preventDefault).toHaveBeenCalled();
    expect(askRenderer).toHaveBeenCalledTimes(2);
  });
});
