/**
 * Shared steps of the method end-to-end tests: a board opened through the library in the
 * chosen UI language, the method's side panels opened with the toolbar and the tab, test
 * pictures made on the fly, and screenshots under test-results/screens/.
 */
import { expect, type Page } from '@playwright/test';
import { decode, encode } from 'fast-png';
import type { Journey } from '../../shared/model';
import { frames, openBoard, type TemplateChoice } from './board-helpers';

export type UiLanguage = 'en' | 'de';

/** Opens a new journey in the given UI language (the language is the user's stored choice). */
export async function openMethodBoard(page: Page, options: { language: UiLanguage; template?: TemplateChoice; title?: string }): Promise<Journey> {
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}\n${error.stack ?? ''}`));
  await page.goto('/');
  await page.evaluate((lang) => localStorage.setItem('journeyboard.language', lang), options.language);
  return openBoard(page, { template: options.template, title: options.title });
}

export type MethodPanel = 'persona' | 'details' | 'catalogue' | 'analysis';

/** Opens a side panel with the toolbar's panel button and its tab. */
export async function openPanel(page: Page, id: MethodPanel): Promise<void> {
  const side = page.getByTestId('side-panel');
  if (!(await side.isVisible())) await page.locator('[data-action="view.sidePanel"]').click();
  await expect(side).toBeVisible();
  await page.locator(`#side-tab-${id}`).click();
  await expect(page.locator(`#side-tab-${id}`)).toHaveAttribute('aria-selected', 'true');
}

/** Runs an entry of the toolbar's method menu. */
export async function methodMenu(page: Page, action: string): Promise<void> {
  await page.getByTestId('method-menu').click();
  await page.locator(`[role=menu] [data-action="${action}"]`).click();
}

export async function shot(page: Page, name: string): Promise<string> {
  await frames(page);
  const path = `test-results/screens/method-${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** A PNG photo stand-in: a colour gradient with a dark disc, `width` x `height` pixels. */
export function testPng(width: number, height: number): Buffer {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const inDisc = (x - width / 2) ** 2 + (y - height / 2.4) ** 2 < (Math.min(width, height) / 4) ** 2;
      data[i] = inDisc ? 60 : Math.round((255 * x) / width);
      data[i + 1] = inDisc ? 40 : 140;
      data[i + 2] = inDisc ? 30 : Math.round((255 * y) / height);
    }
  }
  return Buffer.from(encode({ width, height, data, channels: 3 }));
}

/** The colour of one screen pixel, read from a screenshot (the canvas's real output). */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  await frames(page);
  const png = decode(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }));
  const channels = png.channels;
  const d = png.data;
  return [Number(d[0]), Number(d[1]), Number(d[2])].slice(0, Math.max(3, channels)) as [number, number, number];
}

/** Clicks a choice in a ChoiceGroup of the details panel. */
export async function choose(page: Page, group: string, value: string): Promise<void> {
  await page.getByTestId(group).locator(`button[data-value="${value}"]`).click();
}

/** Whether some pixel in a vertical strip at `x` between `y0` and `y1` is close to `rgb`. */
export async function stripHasColour(page: Page, x: number, y0: number, y1: number, rgb: [number, number, number], tolerance = 60): Promise<boolean> {
  await frames(page);
  const top = Math.round(Math.min(y0, y1));
  const height = Math.max(1, Math.round(Math.abs(y1 - y0)));
  const png = decode(await page.screenshot({ clip: { x: Math.round(x) - 1, y: top, width: 3, height } }));
  const c = png.channels;
  for (let i = 0; i < png.width * png.height; i++) {
    const d = png.data;
    const dist = Math.abs(Number(d[i * c]) - rgb[0]) + Math.abs(Number(d[i * c + 1]) - rgb[1]) + Math.abs(Number(d[i * c + 2]) - rgb[2]);
    if (dist <= tolerance) return true;
  }
  return false;
}

/**
 * One PDF page as RGB pixels, rasterised by poppler's pdftoppm (the PDF is vector graphics with
 * real text, so there is no embedded picture to read back).
 */
export async function pdfPageImage(bytes: Buffer, pageIndex: number): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { mkdtemp, writeFile, readFile: read, readdir } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { execFileSync } = await import('node:child_process');
  const dir = await mkdtemp(join(tmpdir(), 'jb-pdf-'));
  const file = join(dir, 'page.pdf');
  await writeFile(file, bytes);
  const page = String(pageIndex + 1);
  execFileSync('pdftoppm', ['-f', page, '-l', page, '-r', '100', file, join(dir, 'out')]);
  const ppm = await read(join(dir, (await readdir(dir)).find((n) => n.endsWith('.ppm'))!));
  // P6 header: magic, width, height, max value, each separated by whitespace, then the pixels.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(ppm[at]!))) field += String.fromCharCode(ppm[at++]!);
    fields.push(field);
  }
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, data: new Uint8Array(ppm.subarray(at + 1, at + 1 + width * height * 3)) };
}

export function savePng(path: string, image: { width: number; height: number; data: Uint8Array }): Promise<void> {
  return import('node:fs/promises').then((fs) => fs.writeFile(path, encode({ ...image, channels: 3 })));
}

/**
 * Clicks a note and waits until the panels show it: the store changes at once, React paints
 * in the next frame, and a click on a panel before that would still act on the old selection.
 */
export async function selectNote(page: Page, id: string): Promise<void> {
  // The view may still be settling (a side panel opening resizes the board on a busy machine):
  // wait until the note is drawn in the same place on two frames running and inside the canvas,
  // then click it once. Clicking again while a slow first click is still being handled would
  // make a double-click, which opens the note's editor (the flake issue 11 names).
  let settled: { x: number; y: number; width: number; height: number } | null = null;
  await expect
    .poll(
      async () => {
        const before = await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id);
        await frames(page);
        const after = await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id);
        const canvas = await page.evaluate(() => window.__journeyboard!.canvasClientRect());
        const inside = !!after && !!canvas && after.x >= canvas.x && after.y >= canvas.y && after.x + after.width <= canvas.x + canvas.width && after.y + after.height <= canvas.y + canvas.height;
        settled = inside && JSON.stringify(before) === JSON.stringify(after) ? after : null;
        return settled !== null;
      },
      { message: `note ${id} drawn still, inside the board`, timeout: 30_000 },
    )
    .toBe(true);
  // A click that a loaded machine lost (the view moved under it) is tried again once the note
  // is drawn still; the tries are seconds apart, so two never make a double-click.
  await expect(async () => {
    const selected = await page.evaluate(() => window.__journeyboard!.selectedNoteIds());
    if (selected.length === 1 && selected[0] === id) return;
    const r = (await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id)) ?? settled!;
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    await expect.poll(() => page.evaluate(() => window.__journeyboard!.selectedNoteIds()), { timeout: 3_000 }).toEqual([id]);
  }).toPass({ timeout: 60_000 });
  await frames(page);
}
