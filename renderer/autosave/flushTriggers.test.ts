// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { installFlushTriggers } from './flushTriggers';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('flush triggers', () => {
  it('flushes on blur, when hidden, on pagehide and beforeunload, and stops when removed', () => {
    let flushes = 0;
    const remove = installFlushTriggers({ win: window, flush: async () => void flushes++, hasUnsaved: () => false, askBeforeClosing: true });
    window.dispatchEvent(new Event('blur'));
    setVisibility('visible');
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(flushes).toBe(4);
    expect(unload.defaultPrevented).toBe(false);
    remove();
    window.dispatchEvent(new Event('blur'));
    expect(flushes).toBe(4);
  });

  it('asks before a browser tab closes only while writes are failing, and never in the desktop app', () => {
    const browser = installFlushTriggers({ win: window, flush: async () => undefined, hasUnsaved: () => true, askBeforeClosing: true });
    const first = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    browser();
    const desktop = installFlushTriggers({ win: window, flush: async () => undefined, hasUnsaved: () => true, askBeforeClosing: false });
    const second = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
    desktop();
  });
});
