/* global window -- functions passed to page.evaluate run in the page */
/**
 * The measured gestures. Each sends real input events at about 60 per second for a while, and
 * reports the frame times (gaps between requestAnimationFrame callbacks in the page) from its
 * first input to its last drawn frame; the delay from its last input event to the board frame
 * that answered it (typing: to the next frame, since the text editor is a DOM element); and
 * to the gesture's last board frame, which for pan and zoom is the board drawn sharp again
 * after the gesture settled.
 */
import { noteNearCentre, settle, sleep } from './board.mjs';
import { frameDeltas, median, quantile, round } from './stats.mjs';

const INPUT_INTERVAL_MS = 16;

/**
 * Calls `step(i, elapsedMs)` every 16 ms for `durationMs` without waiting for the page to
 * take each event: a trackpad or mouse sends at its own rate however busy the app is, and the
 * browser queues and coalesces what the app cannot take in time. Resolves once every event
 * was delivered.
 */
async function paced(durationMs, step, intervalMs = INPUT_INTERVAL_MS) {
  const t0 = Date.now();
  const sent = [];
  for (let i = 0; ; i++) {
    const elapsed = Date.now() - t0;
    if (elapsed >= durationMs) break;
    sent.push(step(i, elapsed));
    const wait = t0 + (i + 1) * intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await Promise.all(sent);
  return sent.length;
}

async function startRecording(page) {
  await page.evaluate(() => window.__benchProbe.start());
  // Let the frame loop start before the first input.
  await sleep(50);
}

async function finishRecording(page, { canvas }) {
  await settle(page);
  const r = await page.evaluate(() => {
    const paints = window.__journeyboard.paintStats();
    return { ...window.__benchProbe.stop(), lastPaint: paints?.lastAt ?? 0, recentPaints: paints?.recent ?? [] };
  });
  const end = canvas ? Math.max(r.lastInputAt, r.lastPaint) : Math.max(r.lastInputAt, r.frameAfterInputAt);
  // Every frame interval that overlaps the gesture, from its first input to its last frame.
  const deltas = frameDeltas(r.frames).filter((_, i) => r.frames[i + 1] >= r.firstInputAt && r.frames[i] <= end);
  // The frame that answered the last input (canvas: the first board frame drawn after it), and
  // the gesture's last frame (a camera gesture draws the board sharp again once it settles).
  // A build without the list of recent frames (before the paint stats had it) cannot tell.
  const answer = canvas ? (r.recentPaints?.length ? (r.recentPaints.find((t) => t >= r.lastInputAt) ?? r.lastInputAt) : null) : r.frameAfterInputAt;
  const lag = answer === null ? null : Math.max(0, answer - r.lastInputAt);
  const settled = canvas ? Math.max(lag ?? 0, r.lastPaint - r.lastInputAt) : lag;
  return {
    median: round(median(deltas)),
    p95: round(quantile(deltas, 0.95)),
    max: round(deltas.length ? Math.max(...deltas) : null),
    frames: deltas.length,
    inputs: r.inputs,
    lagMs: round(lag),
    settledMs: round(settled),
  };
}

/** Wheel scrolling (a trackpad's two-finger pan), the velocity turning in a circle. */
export async function pan(page, { durationMs, centre }) {
  await page.mouse.move(centre.x, centre.y);
  await startRecording(page);
  await paced(durationMs, (_, t) => {
    const a = (2 * Math.PI * t) / 1500;
    return page.mouse.wheel(Math.round(14 * Math.cos(a)), Math.round(14 * Math.sin(a)));
  });
  return finishRecording(page, { canvas: true });
}

/** Ctrl+wheel (a trackpad pinch) around the centre: in, out, out, in. */
export async function zoom(page, { durationMs, centre }) {
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  await startRecording(page);
  try {
    await paced(durationMs, (_, t) => {
      const quarter = Math.floor((4 * t) / durationMs);
      return page.mouse.wheel(0, quarter === 0 || quarter === 3 ? -8 : 8);
    });
  } finally {
    await page.keyboard.up('Control');
  }
  return finishRecording(page, { canvas: true });
}

/** Presses on a note, moves it around a circle and drops it a little away from where it was. */
async function dragNote(page, note, { durationMs, centre }) {
  const radius = 120;
  await page.mouse.move(note.x, note.y);
  await startRecording(page);
  await page.mouse.down();
  await paced(durationMs, (_, t) => {
    const a = (2 * Math.PI * t) / 1500;
    // Start at the note and circle around a point beside it.
    return page.mouse.move(note.x + radius - radius * Math.cos(a), note.y + radius * Math.sin(a) * 0.6);
  });
  await page.mouse.move(note.x + 30, note.y + 20);
  await page.mouse.up();
  const result = await finishRecording(page, { canvas: true });
  void centre;
  return result;
}

export async function dragOne(page, options) {
  const note = await noteNearCentre(page);
  return dragNote(page, note, options);
}

/** Drags the current selection by one of its notes on screen. */
export async function dragSelection(page, options) {
  const note = await noteNearCentre(page, { selected: true });
  return dragNote(page, note, options);
}

const TYPED = ' Kundin fragt nach Lieferzeit und Montage vor Ort, bevor sie bestellt.';

/**
 * Selects a note with a click and opens its editor with Enter (a double-click would land on
 * the selected note's resize handles when the note is a few pixels wide, zoomed to fit), then
 * types at about 12 keys a second.
 */
export async function typeIntoNote(page, { durationMs }) {
  const note = await noteNearCentre(page);
  await page.mouse.click(note.x, note.y);
  await page.keyboard.press('Enter');
  await page.getByTestId('note-editor').waitFor({ state: 'visible' });
  await page.keyboard.press('End');
  await startRecording(page);
  // About 12 keys a second, a quick typist.
  await paced(durationMs, (i) => page.keyboard.type(TYPED[i % TYPED.length]), 80);
  const result = await finishRecording(page, { canvas: false });
  return { ...result, noteId: note.id };
}

/** Waits for autosave's next write after `before` (page clock); its user-timing figures. */
async function nextAutosave(page, before) {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const entry = await page.evaluate((before) => {
      const write = performance.getEntriesByName('journeyboard:autosave-write').at(-1);
      const diff = performance.getEntriesByName('journeyboard:autosave-diff').at(-1);
      if (!write || write.startTime < before) return null;
      return { writeMs: write.duration, records: write.detail?.records ?? null, diffMs: diff && diff.startTime >= before ? diff.duration : null };
    }, before);
    if (entry) return entry;
    await sleep(40);
  }
  return null;
}

/**
 * Autosave of one edit, several times: Escape closes the editor (committing the typed text),
 * then the note is nudged with the arrow key a few times, each edit waiting for its write.
 * Per edit: finding the changed records in the new document (on the main thread, at the edit)
 * plus writing them (one IndexedDB transaction). Medians of the edits, and the worst.
 */
export async function autosaveEdits(page, { edits = 6 } = {}) {
  const samples = [];
  for (let i = 0; i < edits; i++) {
    const before = await page.evaluate(() => performance.now());
    await page.keyboard.press(i === 0 ? 'Escape' : 'ArrowRight');
    const entry = await nextAutosave(page, before);
    if (entry) samples.push({ ...entry, totalMs: entry.writeMs + (entry.diffMs ?? 0) });
  }
  if (!samples.length) return null;
  const pick = (key) => samples.map((s) => s[key]).filter((v) => typeof v === 'number');
  return {
    edits: samples.length,
    records: samples[0].records,
    ms: round(median(pick('totalMs')), 2),
    maxMs: round(Math.max(...pick('totalMs')), 2),
    writeMs: round(median(pick('writeMs')), 2),
    diffMs: round(median(pick('diffMs')), 2),
  };
}
