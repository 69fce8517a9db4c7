/**
 * Shared steps of the storage fault tests: read what IndexedDB really holds, on a connection of
 * its own (not through the app, whose connection may be the broken one under test).
 */
import { expect, type Page } from '@playwright/test';

/** The stored notes of a journey: id -> text. */
export function storedNoteTexts(page: Page, journeyId: string): Promise<Record<string, string>> {
  return storedNotes(page, journeyId).then((notes) => Object.fromEntries(Object.entries(notes).map(([id, n]) => [id, n.text])));
}

export interface StoredNote {
  text: string;
  x: number;
  y: number;
  colour: string;
}

/** The stored notes of a journey with the fields the concurrency tests compare. */
export function storedNotes(page: Page, journeyId: string): Promise<Record<string, StoredNote>> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, StoredNote>>((resolve, reject) => {
        const open = indexedDB.open('journeyboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('notes').objectStore('notes').getAll(IDBKeyRange.bound([id, ''], [id, '\uffff']));
          request.onsuccess = () => {
            db.close();
            const rows = request.result as ({ id: string } & StoredNote)[];
            resolve(Object.fromEntries(rows.map((n) => [n.id, { text: n.text, x: n.x, y: n.y, colour: n.colour }])));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    journeyId,
  );
}

/** Double-clicks a note, replaces its text by typing, and leaves the editor. */
export async function retypeNote(page: Page, id: string, text: string): Promise<void> {
  const r = await page.evaluate((noteId) => window.__journeyboard!.noteClientRect(noteId), id);
  if (!r) throw new Error(`note ${id} is not drawn`);
  await page.mouse.dblclick(r.x + r.width / 2, r.y + Math.min(r.height / 2, 20));
  const area = page.getByTestId('note-editor').locator('textarea');
  await expect(area).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-editor')).toHaveCount(0);
  await expect.poll(() => page.evaluate((noteId) => window.__journeyboard!.journey()!.notes.find((n) => n.id === noteId)?.text, id)).toBe(text);
}
