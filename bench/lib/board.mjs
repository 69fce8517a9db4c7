/* global window, requestAnimationFrame -- functions passed to page.evaluate run in the page */
/**
 * Driving the app's board in the page with real input (page.mouse, page.keyboard) and reading
 * where things are through the read-only test hook (window.__journeyboard).
 */

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the canvas is, in page coordinates. */
export async function canvasBox(page) {
  const box = await page.evaluate(() => window.__journeyboard.canvasClientRect());
  if (!box) throw new Error('no board canvas');
  return box;
}

export async function press(page, ...keys) {
  for (const key of keys) {
    await page.keyboard.press(key);
    await sleep(50);
  }
}

/** Waits until the board has not drawn for `quietMs` (a gesture's trailing frames are over). */
export async function settle(page, { quietMs = 400, maxMs = 15_000 } = {}) {
  const until = Date.now() + maxMs;
  for (;;) {
    const s = await page.evaluate(() => ({
      now: performance.now(),
      lastPaint: window.__journeyboard.paintStats()?.lastAt ?? 0,
      lastInput: window.__benchProbe.lastInputAt,
    }));
    if (s.now - Math.max(s.lastPaint, s.lastInput) > quietMs) return;
    if (Date.now() > until) return;
    await sleep(100);
  }
}

/**
 * The views each gesture is measured in: the whole board on screen (zoom to fit, Shift+1), and
 * 100% around the board's centre (then Ctrl+0).
 */
export async function showView(page, view) {
  await page.mouse.move(5, 5);
  await press(page, 'Shift+Digit1');
  if (view === '100%') await press(page, 'Control+Digit0');
  await settle(page, { quietMs: 250 });
}

/**
 * The note nearest the canvas centre whose rect is wholly on the canvas (clear of the corner
 * widgets), optionally among the selected notes.
 */
export async function noteNearCentre(page, { selected = false } = {}) {
  const found = await page.evaluate((selected) => {
    const hook = window.__journeyboard;
    const box = hook.canvasClientRect();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const ids = selected ? hook.selectedNoteIds() : hook.journey().notes.map((n) => n.id);
    let best = null;
    for (const id of ids) {
      const r = hook.noteClientRect(id);
      if (!r || r.x < box.x + 20 || r.y < box.y + 20 || r.x + r.width > box.x + box.width - 260 || r.y + r.height > box.y + box.height - 20) continue;
      const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      if (!best || d < best.d) best = { id, d, x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, height: r.height };
    }
    return best;
  }, selected);
  if (!found) throw new Error('no note on screen');
  return found;
}

/**
 * Selects `count` notes around the board's centre with a marquee drawn at 50% (where the gaps
 * between notes are wide enough to start it on empty paper), then Shift-clicks away the extra
 * notes the marquee's rectangle caught. Returns how many are selected.
 */
export async function selectAroundCentre(page, count) {
  await page.mouse.move(5, 5);
  await press(page, 'Shift+Digit1', 'Control+Digit0', 'Minus', 'Minus', 'Minus');
  await settle(page, { quietMs: 250 });
  const plan = await page.evaluate((count) => {
    const hook = window.__journeyboard;
    const box = hook.canvasClientRect();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const rects = hook
      .journey()
      .notes.map((n) => ({ id: n.id, r: hook.noteClientRect(n.id) }))
      .filter((n) => n.r && n.r.x > box.x + 10 && n.r.y > box.y + 10 && n.r.x + n.r.width < box.x + box.width - 250 && n.r.y + n.r.height < box.y + box.height - 10);
    const centre = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
    rects.sort((a, b) => Math.hypot(centre(a.r).x - cx, centre(a.r).y - cy) - Math.hypot(centre(b.r).x - cx, centre(b.r).y - cy));
    const chosen = rects.slice(0, count);
    const x0 = Math.min(...chosen.map((n) => n.r.x)) - 3;
    const y0 = Math.min(...chosen.map((n) => n.r.y)) - 3;
    const x1 = Math.max(...chosen.map((n) => n.r.x + n.r.width)) + 3;
    const y1 = Math.max(...chosen.map((n) => n.r.y + n.r.height)) + 3;
    const ids = new Set(chosen.map((n) => n.id));
    const extras = rects
      .filter((n) => !ids.has(n.id) && n.r.x <= x1 && n.r.x + n.r.width >= x0 && n.r.y <= y1 && n.r.y + n.r.height >= y0)
      .map((n) => centre(n.r));
    return { start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, extras };
  }, count);
  await page.mouse.move(plan.start.x, plan.start.y);
  await page.mouse.down();
  await page.mouse.move((plan.start.x + plan.end.x) / 2, (plan.start.y + plan.end.y) / 2, { steps: 4 });
  await page.mouse.move(plan.end.x, plan.end.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.down('Shift');
  for (const p of plan.extras) await page.mouse.click(p.x, p.y);
  await page.keyboard.up('Shift');
  return page.evaluate(() => window.__journeyboard.selectedNoteIds().length);
}

/** Opens a journey from the library with a real click; resolves once the board is shown. */
export async function clickJourney(page, title) {
  const button = page.getByTestId('journey-open').filter({ hasText: title });
  await button.first().waitFor({ state: 'visible', timeout: 60_000 });
  await button.first().click();
}

/**
 * Time from the click on the journey to the frame after the board first drew its notes
 * (that draw happens inside an animation frame; the next one starts after it was presented).
 */
export async function timeToPaintedBoard(page, timeoutMs = 60_000) {
  return page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const paints = window.__journeyboard.paintStats();
          if (paints?.firstNotesAt) {
            requestAnimationFrame(() => resolve({ openMs: performance.now() - window.__benchProbe.clickAt, firstPaintMs: paints.firstNotesAt - window.__benchProbe.clickAt }));
          } else if (performance.now() - started > timeoutMs) reject(new Error('the board never drew its notes'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    timeoutMs,
  );
}
