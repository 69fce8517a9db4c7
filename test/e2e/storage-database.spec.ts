/**
 * The database's guard rails and the storage settings, in Chromium with real IndexedDB:
 * a database written by a newer app is read but never written (with a banner saying why);
 * persistent storage is requested; settings show what is used and left, and warn below 10%.
 */
import { expect, test, type Page } from '@playwright/test';
import { createJourney } from '../../shared/model';
import { cellCentre, frames } from './board-helpers';
import { card, freshLibrary, reportPageErrors } from './library-helpers';

/** What a future Journeyboard might leave behind: schema version 3, with a table this app does not know. */
async function writeNewerDatabase(page: Page): Promise<string> {
  const journey = createJourney({ template: 'threePhases', language: 'en', title: 'Made by a newer version' });
  const { notes: _notes, connectors: _connectors, ...meta } = journey;
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('journeyboard', 30);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('journeys', { keyPath: 'id' });
          db.createObjectStore('notes', { keyPath: ['journeyId', 'id'] });
          db.createObjectStore('connectors', { keyPath: ['journeyId', 'id'] });
          db.createObjectStore('meta', { keyPath: 'key' });
          db.createObjectStore('thumbnails', { keyPath: 'journeyId' });
          db.createObjectStore('personas', { keyPath: 'id' });
          db.createObjectStore('catalogue', { keyPath: 'id' });
          db.createObjectStore('votes', { keyPath: 'id' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['journeys', 'meta'], 'readwrite');
          tx.objectStore('journeys').put({ ...row, personaName: '', deletedAt: null, votingRounds: [] });
          tx.objectStore('meta').put({ key: 'schemaVersion', value: 3 });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    meta,
  );
  return journey.title;
}

const nativeVersion = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'journeyboard')?.version);

test('a database from a newer app is shown read-only, with a banner that says why', async ({ page }) => {
  reportPageErrors(page);
  // The app's origin with its scripts held back, so the database is the future app's, not ours.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  const title = await writeNewerDatabase(page);
  await page.unroute('**/*.js');
  await page.goto('/');
  const banner = page.getByTestId('banner-newer');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('saved by a newer version of Journeyboard (storage version 3)');
  await expect(banner).toContainText('does not change anything');
  await expect(page.getByTestId('new-journey')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/storage-newer-database.png' });

  // It can still be read and looked at...
  await card(page, title).getByTestId('journey-open').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
  // ...but an edit is not written, and says so.
  const at = await cellCentre(page, 0, 0);
  await page.mouse.dblclick(at.x, at.y);
  await page.keyboard.type('Not stored');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('journeyboard');
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  expect(stored).toBe(0);
  // The newer schema itself is untouched: no version bump, no table dropped or added.
  expect(await nativeVersion(page)).toBe(30);
});

test('settings show the storage used and left, warn below 10%, and persistence is requested', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __persistCalls: number; __estimate: { usage: number; quota: number } };
    w.__persistCalls = 0;
    w.__estimate = { usage: 2_400_000, quota: 1_000_000_000 };
    const storage = navigator.storage;
    Object.defineProperty(storage, 'persist', { value: async () => (w.__persistCalls++, true) });
    Object.defineProperty(storage, 'persisted', { value: async () => false });
    Object.defineProperty(storage, 'estimate', { value: async () => ({ ...w.__estimate }) });
  });
  await freshLibrary(page);
  expect(await page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)).toBe(1);

  await page.getByTestId('open-settings').click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings.getByTestId('settings-storage')).toContainText('Journeys use 2.4 MB; 998 MB still available.');
  await expect(settings.getByTestId('storage-low-warning')).toHaveCount(0);
  await expect(settings).toContainText('The browser keeps this data even when space runs short.');
  await settings.getByRole('button', { name: 'Close' }).click();

  // Less than a tenth left: the settings warn, and so does a banner.
  await page.evaluate(() => ((window as unknown as { __estimate: { usage: number; quota: number } }).__estimate = { usage: 950_000_000, quota: 1_000_000_000 }));
  await page.getByTestId('open-settings').click();
  await expect(settings.getByTestId('storage-low-warning')).toBeVisible();
  await expect(settings.getByTestId('settings-storage')).toContainText('50 MB still available');
  await page.screenshot({ path: 'test-results/screens/storage-settings-low.png' });
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('banner-low')).toContainText('Storage is almost full (only 50 MB left)');

  // In German, with German number formats.
  await page.getByTestId('language-switch').selectOption('de');
  await page.getByTestId('open-settings').click();
  await expect(settings.getByTestId('settings-storage')).toContainText('Journeys belegen 950 MB; 50 MB sind noch frei.');
  await expect(settings.getByTestId('storage-low-warning')).toContainText('Weniger als 10 %');
});
