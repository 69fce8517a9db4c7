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

/** Notes wholly inside the canvas (clear of the minimap corner), in page coordinates. */
function notesOnScreen() {
  const hook = window.__journeyboard;
  const box = hook.canvasClientRect();
  return hook
    .journey()
    .notes.map((n) => ({ id: n.id, r: hook.noteClientRect(n.id) }))
    .filter((n) => n.r && n.r.x > box.x + 10 && n.r.y > box.y + 10 && n.r.x + n.r.width < box.x + box.width - 250 && n.r.y + n.r.height < box.y + box.height - 10);
}

/** Where to draw the marquee around the `count` notes nearest the canvas centre (in the page). */
function marqueePlan(count, onScreenNotes) {
  const onScreen = onScreenNotes();
  const hook = window.__journeyboard;
  const box = hook.canvasClientRect();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const centre = (r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const distance = (n) => Math.hypot(centre(n.r).x - cx, centre(n.r).y - cy);
  onScreen.sort((a, b) => distance(a) - distance(b));
  const chosen = onScreen.slice(0, count);
  // Half the gap between two notes (CELL_PADDING is 16 board units), at most 3 px.
  const margin = Math.max(0.5, Math.min(3, (16 * hook.liveCamera().zoom) / 2));
  const x0 = Math.min(...chosen.map((n) => n.r.x)) - margin;
  const y0 = Math.min(...chosen.map((n) => n.r.y)) - margin;
  const x1 = Math.max(...chosen.map((n) => n.r.x + n.r.width)) + margin;
  const y1 = Math.max(...chosen.map((n) => n.r.y + n.r.height)) + margin;
  const onNote = (p) => onScreen.some((n) => p.x >= n.r.x && p.x <= n.r.x + n.r.width && p.y >= n.r.y && p.y <= n.r.y + n.r.height);
  const corners = [
    [{ x: x0, y: y0 }, { x: x1, y: y1 }],
    [{ x: x1, y: y0 }, { x: x0, y: y1 }],
    [{ x: x0, y: y1 }, { x: x1, y: y0 }],
    [{ x: x1, y: y1 }, { x: x0, y: y0 }],
  ];
  const [start, end] = corners.find(([a]) => !onNote(a)) ?? corners[0];
  return { start, end, chosen: chosen.map((n) => ({ id: n.id, ...centre(n.r) })) };
}

/**
 * Selects `count` notes around the board's centre: a marquee drawn at 50% or further out
 * (until enough notes show), started in the gap between notes, then Shift-clicks to drop the
 * extra notes its rectangle caught and add any it missed. Returns how many are selected.
 */
export async function selectAroundCentre(page, count) {
  await page.mouse.move(5, 5);
  await press(page, 'Shift+Digit1', 'Control+Digit0', 'Minus', 'Minus', 'Minus');
  for (let i = 0; i < 12; i++) {
    await settle(page, { quietMs: 250 });
    const shown = await page.evaluate(`(${notesOnScreen})().length`);
    if (shown >= count * 1.5) break;
    await press(page, 'Minus');
  }
  // Both functions travel as source text: the app's CSP forbids eval in the page.
  const plan = await page.evaluate(`(${marqueePlan})(${count}, ${notesOnScreen})`);
  await page.mouse.move(plan.start.x, plan.start.y);
  await page.mouse.down();
  await page.mouse.move((plan.start.x + plan.end.x) / 2, (plan.start.y + plan.end.y) / 2, { steps: 4 });
  await page.mouse.move(plan.end.x, plan.end.y, { steps: 4 });
  await page.mouse.up();
  // Shift-click toggles: drop what the rectangle caught besides the chosen notes, add any missed.
  const selected = new Set(await page.evaluate(() => window.__journeyboard.selectedNoteIds()));
  const wanted = new Set(plan.chosen.map((n) => n.id));
  const toggles = await page.evaluate(
    ({ selected, wanted }) => {
  const hook = window.__journeyboard;
      const at = (id) => {
        const r = hook.noteClientRect(id);
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      };
      return [...selected.filter((id) => !wanted.includes(id)), ...wanted.filter((id) => !selected.includes(id))].map(at);
    },
    { selected: [...selected], wanted: [...wanted] },
  );
  await page.keyboard.down('Shift');
  for (const p of toggles) await page.mouse.click(p.x, p.y);
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
