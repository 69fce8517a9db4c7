/**
 * Shared steps for the board's end-to-end tests: open a fresh journey through the library
 * (as a user would), find where things are drawn through the read-only test hook, wait for
 * the canvas to paint, and take screenshots at the two sizes the board is checked at.
 */
import { expect, type Page } from '@playwright/test';
import type { Journey } from '../../shared/model';

export type TemplateChoice = 'blank' | 'threePhases' | 'funnel' | 'b2b' | 'afterCheckout' | 'exampleShop' | 'exampleB2b';

export async function openBoard(page: Page, options: { template?: TemplateChoice; title?: string } = {}): Promise<Journey> {
  await page.goto('/');
  await page.getByTestId('new-journey').click();
  if (options.template && options.template !== 'threePhases') {
    await page.locator(`input[name=template][value=${options.template}]`).check({ force: true });
  }
  await page.getByTestId('new-journey-title').fill(options.title ?? 'Garden furniture shop');
  await page.getByTestId('new-journey-create').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
  return (await journey(page))!;
}

/** Lets the board draw: two animation frames. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export function journey(page: Page): Promise<Journey | null> {
  return page.evaluate(() => window.__journeyboard!.journey());
}

export function selectedNoteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__journeyboard!.selectedNoteIds());
}

export function camera(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => window.__journeyboard!.liveCamera()!);
}

export async function noteCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const r = await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id);
  expect(r, `note ${id} is drawn`).not.toBeNull();
  return { x: r!.x + r!.width / 2, y: r!.y + r!.height / 2 };
}

export async function noteRect(page: Page, id: string) {
  const r = await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id);
  expect(r, `note ${id} is drawn`).not.toBeNull();
  return r!;
}

export async function boardPoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([bx, by]) => window.__journeyboard!.boardToClient(bx!, by!), [x, y]);
  return p!;
}

/** The middle of a cell (phase index, lane index), in page coordinates. */
export async function cellCentre(page: Page, phase: number, lane: number): Promise<{ x: number; y: number }> {
  const j = (await journey(page))!;
  const col = await page.evaluate((id) => window.__journeyboard!.phaseHeaderClientRect(id), j.phases[phase]!.id);
  const row = await page.evaluate((id) => window.__journeyboard!.laneHeaderClientRect(id), j.lanes[lane]!.id);
  return { x: col!.x + col!.width / 2, y: row!.y + row!.height / 2 };
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, options: { steps?: number; button?: 'left' | 'middle' } = {}): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button: options.button ?? 'left' });
  await page.mouse.move(to.x, to.y, { steps: options.steps ?? 8 });
  await page.mouse.up({ button: options.button ?? 'left' });
  await frames(page);
}

/** Double-clicks on empty paper and types a new note; returns its id. */
export async function typeNewNote(page: Page, at: { x: number; y: number }, text: string): Promise<string> {
  const before = new Set((await journey(page))!.notes.map((n) => n.id));
  await page.mouse.dblclick(at.x, at.y);
  await expect(page.getByTestId('note-editor')).toBeVisible();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-editor')).toHaveCount(0);
  const after = (await journey(page))!.notes;
  const created = after.find((n) => !before.has(n.id) && n.text === text);
  expect(created, `note "${text}" was created`).toBeTruthy();
  return created!.id;
}

/** Screenshots at 1280x800 and 1920x1080 under test-results/screens/. */
export async function screens(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await frames(page);
    await page.screenshot({ path: `test-results/screens/board-${name}-${width}x${height}.png` });
  }
  await page.setViewportSize(size);
  await frames(page);
}

/** Selects a note and shows it at 100% in the middle of the view (Shift+2, then Ctrl+0). */
export async function focusNoteAt100(page: Page, id: string): Promise<void> {
  const c = await noteCentre(page, id);
  await page.mouse.click(c.x, c.y);
  await page.keyboard.press('Shift+Digit2');
  await page.keyboard.press('Control+Digit0');
  await frames(page);
}
