/** Steps shared by the import and export end-to-end tests. */
import { encode } from 'fast-png';
import { expect, type Page } from '@playwright/test';
import { embedJourneyInPng } from '../../shared/export/png/journeyChunk';
import { fixtureText } from '../fixtures/fixtures';

export async function freshApp(page: Page, language: 'en' | 'de' = 'en'): Promise<void> {
  await page.goto('/');
  await page.evaluate((lang) => localStorage.setItem('journeyboard.language', lang), language);
  await page.reload();
  await expect(page.getByTestId('library')).toBeVisible();
}

export function journeyBuffer(text = fixtureText()): Buffer {
  return Buffer.from(text, 'utf8');
}

/** A small PNG (a picture of nothing in particular) carrying the journey file. */
export function journeyPng(text = fixtureText()): Buffer {
  const width = 64;
  const height = 40;
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([255, 241, 118, 255], i * 4);
  return Buffer.from(embedJourneyInPng(encode({ width, height, data, channels: 4 }), text));
}

export async function importThroughInput(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(file);
}

export async function journeyCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const request = indexedDB.open('journeyboard');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('journeys')) return 0;
      const tx = db.transaction('journeys', 'readonly');
      const count = tx.objectStore('journeys').count();
      return await new Promise<number>((resolve, reject) => {
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      });
    } finally {
      db.close();
    }
  });
}

export async function openedJourneyTitle(page: Page): Promise<string | null> {
  // Generous: reading, checking and storing a file takes long on a loaded machine (issue 11).
  await expect.poll(() => page.evaluate(() => window.__journeyboard?.screen()), { timeout: 30_000 }).toBe('board');
  return page.evaluate(() => window.__journeyboard!.journey()?.title ?? null);
}
