/**
 * Replace is safe (issue 14): importing a file whose journey is already in the library and
 * choosing Replace
 *
 * - keeps the open journey open and autosaving when the write fails ("nothing changed" is
 *   then true: the next edit is stored);
 * - puts the replaced version, with the edits autosave had not written yet, in the trash under
 *   a new id and "... (replaced <date>)", restorable, and the dialog says so beforehand;
 * - makes a second window showing the journey adopt the replacement instead of writing its
 *   stale copy back over it.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureText } from '../fixtures/fixtures';
import { backToLibrary, card, reportPageErrors } from './library-helpers';
import { cellCentre, frames, typeNewNote } from './board-helpers';
import { freshApp, importThroughInput, journeyBuffer, openedJourneyTitle } from './import-helpers';
import { storedNoteTexts } from './storage-helpers';

const SHOP = 'Online-Shop Gartenmöbel: Kauf eines Loungesets';
const REVISED = 'Shop, revised';
const JOURNEY_ID = 'onlineShopLounge';

/** Makes every IndexedDB write of this page fail while `__writesFail` is set. */
async function injectWriteFailures(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const failing = () => (window as unknown as { __writesFail?: boolean }).__writesFail === true;
    for (const [proto, method] of [
      [IDBObjectStore.prototype, 'put'],
      [IDBObjectStore.prototype, 'add'],
      [IDBObjectStore.prototype, 'delete'],
    ] as const) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
      Object.defineProperty(proto, method, {
        configurable: true,
        value(this: unknown, ...args: unknown[]) {
          if (failing()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        },
      });
    }
  });
}

const setWritesFail = (page: Page, on: boolean) => page.evaluate((value) => ((window as unknown as { __writesFail?: boolean }).__writesFail = value), on);
const saveState = (page: Page) => page.evaluate(() => window.__journeyboard!.autosave()?.status.state);
const title = (page: Page) => page.evaluate(() => window.__journeyboard!.journey()?.title);
const revisedFile = () => ({ name: 'shop-v2.journey.json', mimeType: 'application/json', buffer: journeyBuffer(fixtureText().replace(`"title": "${SHOP}"`, `"title": "${REVISED}"`)) });

/** The stored journey row's title, read on a connection of its own. */
function storedTitle(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (journeyId) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('journeyboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('journeys').objectStore('journeys').get(journeyId);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { title?: string } | undefined)?.title);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    id,
  );
}

test('a Replace that fails changes nothing and autosave goes on', async ({ page }) => {
  await injectWriteFailures(page);
  reportPageErrors(page);
  await freshApp(page, 'en');
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: journeyBuffer() });
  expect(await openedJourneyTitle(page)).toBe(SHOP);
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);

  await setWritesFail(page, true);
  await importThroughInput(page, revisedFile());
  await page.getByTestId('import-replace').click();
  const alert = page.getByTestId('import-alert');
  await expect(alert).toContainText('Nothing was imported or changed');
  await setWritesFail(page, false);
  await page.getByTestId('import-alert-close').click();

  // Still the old journey, still autosaving: the next edit is stored.
  expect(await title(page)).toBe(SHOP);
  const after = await typeNewNote(page, await cellCentre(page, 0, 0), 'Typed after the failed replace');
  await expect.poll(() => saveState(page)).toBe('saved');
  expect((await storedNoteTexts(page, JOURNEY_ID))[after]).toBe('Typed after the failed replace');
  expect(await storedTitle(page, JOURNEY_ID)).toBe(SHOP);
  await page.reload();
  await card(page, SHOP).getByTestId('journey-open').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.notes.some((n) => n.text === 'Typed after the failed replace'))).toBe(true);
  console.log('failed replace: 1 edit made after it, 0 lost');
});

test('Replace keeps the old version in the trash and the other window adopts the new one', async ({ context }) => {
  const importing = await context.newPage();
  reportPageErrors(importing);
  await freshApp(importing, 'en');
  await importThroughInput(importing, { name: 'shop.journey.json', mimeType: 'application/json', buffer: journeyBuffer() });
  expect(await openedJourneyTitle(importing)).toBe(SHOP);
  await importing.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(importing);

  const other = await context.newPage();
  reportPageErrors(other);
  await other.goto('/');
  await card(other, SHOP).getByTestId('journey-open').click();
  await expect(other.getByTestId('board-canvas')).toBeVisible();
  await other.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(other);

  // Edits in both windows just before the replace; the importing window sees both at once.
  const mine = await typeNewNote(importing, await cellCentre(importing, 0, 0), 'Typed just before the replace');
  const theirs = await typeNewNote(other, await cellCentre(other, 1, 0), 'Typed in the other window');
  await expect.poll(() => importing.evaluate((id) => window.__journeyboard!.journey()!.notes.some((n) => n.id === id), theirs)).toBe(true);

  await importThroughInput(importing, revisedFile());
  const question = importing.getByTestId('import-conflict');
  await expect(question).toBeVisible();
  await expect(importing.getByTestId('import-replace-note')).toContainText(`moves to the trash as “${SHOP} (replaced `);
  await importing.screenshot({ path: 'test-results/screens/storage-replace-dialog-en.png' });
  await importing.getByTestId('import-replace').click();
  await expect.poll(() => title(importing)).toBe(REVISED);
  await expect(importing.getByRole('status').filter({ hasText: 'The version it replaced is in the trash' })).toBeVisible();

  // The other window adopts the replacement and says so; its stale copy is never written back.
  await expect.poll(() => title(other)).toBe(REVISED);
  await expect(other.getByRole('status').filter({ hasText: 'replaced by an imported file in another window' })).toBeVisible();
  await other.screenshot({ path: 'test-results/screens/storage-replace-adopted-en.png' });
  const fresh = await typeNewNote(other, await cellCentre(other, 2, 0), 'Typed after adopting');
  await expect.poll(() => saveState(other)).toBe('saved');
  await expect.poll(() => saveState(importing)).toBe('saved');
  expect(await storedTitle(importing, JOURNEY_ID)).toBe(REVISED);
  const stored = await storedNoteTexts(importing, JOURNEY_ID);
  expect(stored[mine]).toBeUndefined();
  expect(stored[theirs]).toBeUndefined();
  expect(stored[fresh]).toBe('Typed after adopting');
  await expect.poll(() => importing.evaluate((id) => window.__journeyboard!.journey()!.notes.some((n) => n.id === id), fresh)).toBe(true);

  // The replaced version is in the trash with both windows' last edits, and can be restored.
  await backToLibrary(importing);
  await importing.getByTestId('show-trash').click();
  const trashed = importing.getByRole('list', { name: 'Trash' }).getByRole('listitem');
  await expect(trashed).toHaveCount(1);
  const replacedTitle = (await trashed.getByRole('button').first().textContent())!;
  expect(replacedTitle).toContain(`${SHOP} (replaced `);
  await importing.screenshot({ path: 'test-results/screens/storage-replace-trash-en.png' });
  await importing.getByRole('button', { name: `Restore “${replacedTitle.trim()}”` }).click();
  await importing.getByTestId('show-library').click();
  await card(importing, replacedTitle.trim()).getByTestId('journey-open').click();
  await expect.poll(() => title(importing)).toBe(replacedTitle.trim());
  const restored = (await importing.evaluate(() => window.__journeyboard!.journey()!.notes.map((n) => n.text)));
  expect(restored).toContain('Typed just before the replace');
  expect(restored).toContain('Typed in the other window');
  console.log('replace with a second window: 3 edits made (2 before, 1 after), 0 lost');
});
