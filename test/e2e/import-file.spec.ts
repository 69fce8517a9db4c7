/**
 * Importing through the file input: bad files give a translated message in role="alert" and
 * leave the library as it was; a journey file and a journey PNG open as boards; a journey that
 * is already in the library asks copy or replace.
 */
import { expect, test } from '@playwright/test';
import { fixtureText } from '../fixtures/fixtures';
import { freshApp, importThroughInput, journeyBuffer, journeyCount, journeyPng, openedJourneyTitle } from './import-helpers';

const SHOP = 'Online-Shop Gartenmöbel: Kauf eines Loungesets';

test('bad files are refused with a translated alert and change nothing', async ({ page }) => {
  await freshApp(page, 'de');
  const alert = page.getByRole('alert').filter({ has: page.getByTestId('import-alert-close') });
  const cases: { name: string; mimeType: string; buffer: Buffer; message: RegExp }[] = [
    { name: 'leer.json', mimeType: 'application/json', buffer: Buffer.alloc(0), message: /Die Datei ist leer\./ },
    { name: 'abgeschnitten.journey.json', mimeType: 'application/json', buffer: journeyBuffer(fixtureText().slice(0, 900)), message: /abgeschnitten/ },
    { name: 'liste.json', mimeType: 'application/json', buffer: Buffer.from('[]'), message: /keine Journey-Datei \(ihr Inhalt ist eine Liste\)/ },
    {
      name: 'skizze.excalidraw',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ type: 'excalidraw', version: 2, elements: [], appState: {} })),
      message: /Datei aus Excalidraw/,
    },
    {
      name: 'neu.journey.json',
      mimeType: 'application/json',
      buffer: journeyBuffer(fixtureText().replace('"version": 1,', '"version": 7,')),
      message: /neueren Version von Journeyboard.*aktualisieren/,
    },
    {
      name: 'kaputt.journey.json',
      mimeType: 'application/json',
      buffer: journeyBuffer(fixtureText().replace('"title":"Kauf"', '"title":42')),
      message: /phases\[2\]\.title müsste ein Text sein/,
    },
    { name: 'bild.png', mimeType: 'image/png', buffer: journeyPng().subarray(0, 60), message: /Bild ist abgeschnitten/ },
  ];
  for (const bad of cases) {
    await importThroughInput(page, bad);
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(bad.name);
    await expect(alert).toContainText(bad.message);
    await expect(alert).toContainText('Es wurde nichts importiert oder verändert.');
    if (bad === cases[cases.length - 1]) await page.screenshot({ path: 'test-results/screens/import-alert-de.png' });
    await page.getByTestId('import-alert-close').click();
    await expect(alert).toHaveCount(0);
  }
  expect(await journeyCount(page)).toBe(0);
  await expect(page.getByTestId('library-empty')).toBeVisible();
  expect(await page.evaluate(() => window.__journeyboard!.screen())).toBe('library');
});

test('a journey file opens as a board; the same journey as a PNG asks copy or replace', async ({ page }) => {
  await freshApp(page, 'en');
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: journeyBuffer() });
  expect(await openedJourneyTitle(page)).toBe(SHOP);
  const imported = await page.evaluate(() => window.__journeyboard!.journey()!);
  const original = JSON.parse(fixtureText()).journey;
  expect(imported.id).toBe(original.id);
  expect(imported.notes).toHaveLength(original.notes.length);
  expect(imported.notes.find((n) => n.id === 'note-9')?.touchpoint).toEqual(original.notes.find((n: { id: string }) => n.id === 'note-9').touchpoint);
  expect(await journeyCount(page)).toBe(1);

  await importThroughInput(page, { name: 'shop.png', mimeType: 'image/png', buffer: journeyPng() });
  const question = page.getByTestId('import-conflict');
  await expect(question).toBeVisible();
  await expect(question).toContainText(`“${SHOP}” in this file is the same journey`);
  await page.screenshot({ path: 'test-results/screens/import-conflict-en.png' });
  await page.getByTestId('import-copy').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.title)).toBe(`${SHOP} (copy)`);
  const copy = await page.evaluate(() => window.__journeyboard!.journey()!);
  expect(copy.id).not.toBe(original.id);
  expect(copy.notes).toHaveLength(original.notes.length);
  expect(await journeyCount(page)).toBe(2);

  // Replace: the stored journey takes the file's content (here: a renamed title).
  await importThroughInput(page, { name: 'shop-v2.journey.json', mimeType: 'application/json', buffer: journeyBuffer(fixtureText().replace(`"title": "${SHOP}"`, '"title": "Shop, revised"')) });
  await expect(question).toBeVisible();
  await page.getByTestId('import-replace').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.title)).toBe('Shop, revised');
  expect(await page.evaluate(() => window.__journeyboard!.journey()!.id)).toBe(original.id);
  // The copy, the replaced journey and the version it replaced, now in the trash (issue 14).
  expect(await journeyCount(page)).toBe(3);
  await page.screenshot({ path: 'test-results/screens/import-board-en.png' });
});

test('repairs are listed after an import', async ({ page }) => {
  await freshApp(page, 'de');
  const text = fixtureText()
    .replace('"backstory":', '"stimmung": "gut", "backstory":')
    .replace('{"id":"note-1","kind":"touchpoint","phaseId":"phase-1"', '{"id":"note-1","kind":"touchpoint","phaseId":"phase-99"');
  await importThroughInput(page, { name: 'repariert.journey.json', mimeType: 'application/json', buffer: journeyBuffer(text) });
  const repairs = page.getByTestId('import-repairs');
  await expect(repairs).toBeVisible();
  await expect(repairs).toContainText('1 unbekanntes Feld wurde weggelassen');
  await expect(repairs).toContainText('1 Notiz, deren Phase oder Bahn fehlt, wurde unter das Raster gelegt');
  await expect(repairs).toContainText('notes[0]');
  await page.screenshot({ path: 'test-results/screens/import-repairs-de.png' });
  await repairs.getByRole('button').click();
  expect(await openedJourneyTitle(page)).toBe(SHOP);
  const note = await page.evaluate(() => window.__journeyboard!.journey()!.notes.find((n) => n.id === 'note-1'));
  expect(note).toMatchObject({ phaseId: null, laneId: null, text: 'Instagram-Anzeige mit Balkon-Lounge' });
});

test('a journey PNG dropped on the window opens; Ctrl+O opens the file chooser', async ({ page }) => {
  await freshApp(page, 'en');
  // A file dragged in from the desktop arrives as dragenter/dragover/drop with the file in the
  // DataTransfer; Playwright cannot drag from the OS, so the same events are dispatched.
  const png = journeyPng().toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'workshop.png', { type: 'image/png' }));
    return dt;
  }, png);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('import-drop-overlay')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/import-drop-en.png' });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-drop-overlay')).toHaveCount(0);
  expect(await openedJourneyTitle(page)).toBe(SHOP);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles({ name: 'other.journey.json', mimeType: 'application/json', buffer: journeyBuffer(fixtureText().replace('"id": "onlineShopLounge"', '"id": "otherShop"')) });
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.id)).toBe('otherShop');
  expect(await journeyCount(page)).toBe(2);
});
