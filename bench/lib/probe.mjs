/* global window, requestAnimationFrame -- functions passed to page.evaluate run in the page */
/**
 * Installed into every page before its own scripts (page.addInitScript): records input event
 * times and requestAnimationFrame timestamps, in the page's performance.now() clock, so that
 * frame times and input-to-paint delays are measured where they happen rather than across the
 * DevTools protocol.
 */
export function installProbe() {
  const probe = {
    recording: false,
    frames: [],
    inputs: 0,
    firstInputAt: 0,
    lastInputAt: 0,
    /** The first frame after the last input event began (typing: the frame showing the key). */
    frameAfterInputAt: 0,
    clickAt: 0,
    start() {
      probe.frames = [];
      probe.inputs = 0;
      probe.firstInputAt = 0;
      probe.lastInputAt = 0;
      probe.frameAfterInputAt = 0;
      if (probe.recording) return;
      probe.recording = true;
      const loop = (t) => {
        if (!probe.recording) return;
        probe.frames.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stop() {
      probe.recording = false;
      return {
        frames: probe.frames,
        inputs: probe.inputs,
        firstInputAt: probe.firstInputAt,
        lastInputAt: probe.lastInputAt,
        frameAfterInputAt: probe.frameAfterInputAt,
      };
    },
  };
  let pending = false;
  const onInput = (e) => {
    // The event's own timestamp: when the browser received it, before any queueing on a busy
    // main thread, which is what the person at the keyboard experiences.
    const at = e.timeStamp;
    probe.inputs += 1;
    if (!probe.firstInputAt) probe.firstInputAt = at;
    probe.lastInputAt = Math.max(probe.lastInputAt, at);
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        probe.frameAfterInputAt = performance.now();
      });
    }
  };
  for (const type of ['wheel', 'pointermove', 'pointerdown', 'pointerup', 'keydown']) {
    window.addEventListener(type, onInput, { capture: true, passive: true });
  }
  window.addEventListener('click', (e) => (probe.clickAt = e.timeStamp), { capture: true, passive: true });
  Object.defineProperty(window, '__benchProbe', { value: probe });
}
