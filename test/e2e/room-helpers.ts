/**
 * Steps shared by the room (facilitation) end-to-end tests: two pages stand in for the two
 * displays, the facilitator's window and the projector window it opens. Everything is driven
 * with real pointer and keyboard events; state is read through the read-only test hook and the
 * screen.
 */
import { expect, type Page } from '@playwright/test';
import { createJourneyViaUi, freshLibrary } from './library-helpers';

export const FULL_HD = { width: 1920, height: 1080 };

export async function journeyOnBoard(page: Page, options: { template: string; title?: string; language?: 'en' | 'de' }): Promise<void> {
  await freshLibrary(page, options.language ?? 'en');
  await createJourneyViaUi(page, { template: options.template, title: options.title ?? '' });
  await expect(page.getByTestId('board-canvas')).toBeVisible();
}

/** Opens the side panel area on the room panel, by the toolbar and the tab, as a user would. */
export async function openRoomPanel(page: Page, tabName = 'Room'): Promise<void> {
  await page.locator('[data-action="view.sidePanel"]').click();
  await page.getByRole('tab', { name: tabName }).click();
  await expect(page.getByTestId('room-panel')).toBeVisible();
}

/** Clicks "Open projector window" and returns the new window, sized like a full HD projector. */
export async function openProjector(page: Page): Promise<Page> {
  const [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('projector-open').click()]);
  await projector.setViewportSize(FULL_HD);
  await projector.waitForLoadState('domcontentloaded');
  await expect(projector.getByTestId('projector-view')).toBeVisible();
  const id = await page.evaluate(() => window.__journeyboard!.journey()!.id);
  await expect(projector.getByTestId('projector-view')).toHaveAttribute('data-journey', id);
  await expect(page.getByTestId('projector-status')).toContainText('1920 × 1080');
  return projector;
}

export function noteIdByText(page: Page, text: string): Promise<string> {
  return page.evaluate((t) => {
    const note = window.__journeyboard!.journey()!.notes.find((n) => n.text === t);
    if (!note) throw new Error(`no note "${t}"`);
    return note.id;
  }, text);
}

/** The centre of a note on the facilitator's screen. */
export async function noteCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rect = await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id);
  if (!rect) throw new Error(`note ${id} is not drawn`);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export async function votesOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries(window.__journeyboard!.journey()!.notes.filter((n) => n.votes).map((n) => [n.text, n.votes!])));
}

/**
 * Counts pixels of one colour in a screenshot region of the projector canvas (RGB within a
 * tolerance): pictures are checked for what the room must see, not byte for byte.
 */
export async function countColour(
  page: Page,
  colour: [number, number, number],
  options: { region?: { x: number; y: number; width: number; height: number }; tolerance?: number; canvas?: string } = {},
): Promise<number> {
  const { region, tolerance = 40, canvas: selector = '[data-testid="projector-canvas"]' } = options;
  return page.evaluate(
    ({ colour, region, tolerance, selector }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return -1;
      const pr = canvas.width / canvas.clientWidth;
      const r = region ?? { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight };
      const data = ctx.getImageData(Math.round(r.x * pr), Math.round(r.y * pr), Math.round(r.width * pr), Math.round(r.height * pr)).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - colour[0]) <= tolerance && Math.abs(data[i + 1]! - colour[1]) <= tolerance && Math.abs(data[i + 2]! - colour[2]) <= tolerance) n++;
      }
      return n;
    },
    { colour, region, tolerance, selector },
  );
}

/** Writes a new note with the keyboard: pointer over a cell, N, the text, Escape to commit. */
export async function writeNote(page: Page, at: { x: number; y: number }, text: string): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.keyboard.press('n');
  await expect(page.locator('textarea')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate((t) => window.__journeyboard!.journey()!.notes.some((n) => n.text === t), text)).toBe(true);
}

/** The screen point of a board point on the facilitator's page. */
export async function boardPoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([bx, by]) => window.__journeyboard!.boardToClient(bx!, by!), [x, y]);
  if (!p) throw new Error('no board view');
  return p;
}

/** Where the projector frames the board: its camera, as the projector window reports it. */
export async function projectorCamera(projector: Page): Promise<{ x: number; y: number; zoom: number }> {
  const text = await projector.getByTestId('projector-view').getAttribute('data-camera');
  if (!text) throw new Error('the projector shows no board');
  return JSON.parse(text) as { x: number; y: number; zoom: number };
}

/** Waits until the projector's camera has moved away from `from` and holds still, and returns it. */
export async function settledProjectorCamera(projector: Page, from: { x: number; y: number; zoom: number }) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await projectorCamera(projector));
      const settled = now === last && now !== JSON.stringify(from);
      last = now;
      return settled;
    })
    .toBe(true);
  return JSON.parse(last) as { x: number; y: number; zoom: number };
}
