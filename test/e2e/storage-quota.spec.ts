/**
 * A full disk (issue 4): IndexedDB refuses writes with QuotaExceededError. The app shows a
 * banner, keeps every edit in memory, goes on retrying, loses nothing already stored, and
 * stores everything once space is back. The error is injected by the test: an init script
 * wraps IndexedDB's write calls and throws QuotaExceededError while `__diskFull` is set.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellCentre, frames, noteCentre, typeNewNote } from './board-helpers';
import { card, freshLibrary } from './library-helpers';

async function injectDiskFull(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const full = () => (window as unknown as { __diskFull?: boolean }).__diskFull === true;
    const refuse = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const [proto, method] of [
      [IDBObjectStore.prototype, 'put'],
      [IDBObjectStore.prototype, 'add'],
      [IDBCursor.prototype, 'update'],
    ] as const) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
      Object.defineProperty(proto, method, {
        configurable: true,
        value(this: unknown, ...args: unknown[]) {
          if (full()) throw refuse();
          return original.apply(this, args);
        },
      });
    }
  });
}

const setDiskFull = (page: Page, full: boolean) => page.evaluate((value) => ((window as unknown as { __diskFull?: boolean }).__diskFull = value), full);
const saveState = (page: Page) => page.evaluate(() => window.__journeyboard!.autosave()?.status.state);

/** The stored notes of a journey, read straight from IndexedDB (not through the app). */
function storedNotes(page: Page, journeyId: string): Promise<Record<string, string>> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('journeyboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('notes').objectStore('notes').getAll(IDBKeyRange.bound([id, ''], [id, '\uffff']));
          request.onsuccess = () => {
            db.close();
            resolve(Object.fromEntries((request.result as { id: string; text: string }[]).map((n) => [n.id, n.text])));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    journeyId,
  );
}

test('a full disk shows a banner, keeps editing in memory, retries, and loses nothing', async ({ page }) => {
  await injectDiskFull(page);
  await freshLibrary(page);
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-title').fill('Quota workshop');
  await page.getByTestId('new-journey-create').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
  const journeyId = (await page.evaluate(() => window.__journeyboard!.journey()!.id))!;

  const a = await typeNewNote(page, await cellCentre(page, 0, 0), 'Stored before');
  await expect.poll(() => saveState(page)).toBe('saved');
  expect(await storedNotes(page, journeyId)).toEqual({ [a]: 'Stored before' });

  await setDiskFull(page, true);
  const b = await typeNewNote(page, await cellCentre(page, 1, 0), 'Typed on a full disk');
  const banner = page.getByTestId('banner-quota');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The disk is full');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await page.screenshot({ path: 'test-results/screens/storage-quota-banner.png' });

  // Editing goes on; nothing already stored is lost or damaged.
  const c = await typeNewNote(page, await cellCentre(page, 2, 0), 'Still working');
  const at = await noteCentre(page, a);
  await page.mouse.dblclick(at.x, at.y);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Stored before, edited while full');
  await page.keyboard.press('Escape');
  expect(await storedNotes(page, journeyId)).toEqual({ [a]: 'Stored before' });
  expect((await page.evaluate(() => window.__journeyboard!.journey()!.notes)).length).toBe(3);

  // Space is back: "Try again now" stores everything at once.
  await setDiskFull(page, false);
  await page.getByTestId('banner-retry').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  expect(await storedNotes(page, journeyId)).toEqual({
    [a]: 'Stored before, edited while full',
    [b]: 'Typed on a full disk',
    [c]: 'Still working',
  });

  // Without the button, the automatic retry gets there too.
  await setDiskFull(page, true);
  const d = await typeNewNote(page, await cellCentre(page, 0, 1), 'Retried by itself');
  await expect(banner).toBeVisible();
  await setDiskFull(page, false);
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  expect((await storedNotes(page, journeyId))[d]).toBe('Retried by itself');

  // And it is all there after a reload.
  await page.reload();
  await card(page, 'Quota workshop').getByTestId('journey-open').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.notes.map((n) => n.text).sort())).toEqual(
    ['Retried by itself', 'Still working', 'Stored before, edited while full', 'Typed on a full disk'],
  );
});
