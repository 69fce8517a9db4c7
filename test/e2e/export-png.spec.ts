/**
 * PNG export from a real board: imported through the file input, exported through the dialog,
 * the download decoded in Node to check its size, its pixels and the journey inside it.
 */
import { writeFile } from 'node:fs/promises';
import { decode } from 'fast-png';
import { expect, test } from '@playwright/test';
import { importJourneyBytes } from '../../shared/format/importJourney';
import { FOOTER_BAND_HEIGHT } from '../../shared/export/imageLayout';
import { PALETTES } from '../../shared/model';
import { exportAndDownload, hexRgb, journeyFile, openExportDialog, pixel, wideJourney } from './export-helpers';
import { freshApp, importThroughInput, journeyBuffer, openedJourneyTitle } from './import-helpers';

const MARGIN = 24;
const LANE_HEADER = 200;
const PHASE_HEADER = 72;

function expectColour(actual: number[], hex: string) {
  const want = hexRgb(hex);
  for (let c = 0; c < 3; c += 1) expect(Math.abs(actual[c]! - want[c]!), `${actual} vs ${hex}`).toBeLessThanOrEqual(3);
}

test('a board wider than 16,384 px at 2x is drawn in tiles: right size, notes at both ends, journey inside', async ({ page }) => {
  test.setTimeout(240_000);
  const journey = wideJourney(36);
  await freshApp(page, 'de');
  await importThroughInput(page, { name: 'breit.journey.json', mimeType: 'application/json', buffer: journeyFile(journey) });
  expect(await openedJourneyTitle(page)).toBe('Breites Board');
  await openExportDialog(page);
  await page.getByTestId('export-header').uncheck();
  await expect(page.getByTestId('export-ratio')).toHaveValue('2');
  const started = Date.now();
  const { name, bytes } = await exportAndDownload(page, { timeout: 200_000 });
  console.log(`wide board (36 phases) 2x PNG exported in ${Date.now() - started} ms, ${bytes.length} bytes`);
  expect(name).toMatch(/^Breites Board \d{4}-\d{2}-\d{2}\.png$/);

  const boardWidth = LANE_HEADER + 36 * 480;
  const boardHeight = PHASE_HEADER + 3 * 240;
  const png = decode(bytes);
  expect(png.width).toBe((boardWidth + 2 * MARGIN) * 2);
  expect(png.width).toBeGreaterThan(16_384);
  // Below the board: the footer line with title, date and app version.
  expect(png.height).toBe((boardHeight + 2 * MARGIN + FOOTER_BAND_HEIGHT) * 2);
  // Sample inside each note, away from its text, glue strip and edge.
  const at = (bx: number, by: number) => pixel(png, (bx + MARGIN) * 2, (by + MARGIN) * 2);
  const first = { x: LANE_HEADER + 16, y: PHASE_HEADER + 16 };
  const last = { x: LANE_HEADER + 35 * 480 + 16, y: PHASE_HEADER + 2 * 240 + 16 };
  expectColour(at(first.x + 12, first.y + 108), PALETTES.standard.yellow.fill);
  expectColour(at(last.x + 12, last.y + 108), PALETTES.standard.green.fill);
  expectColour(at(last.x + 148, last.y + 108), PALETTES.standard.green.fill);
  // The sheet between notes is paper-white, not blank: every tile was drawn.
  for (let x = 100; x < png.width; x += 2048) expect(pixel(png, x, (PHASE_HEADER + 600) * 2)[3]).toBe(255);

  // The journey inside is the board's: same notes (the library stores them by id, so compare by id).
  const back = importJourneyBytes(bytes);
  if (!back.ok) throw new Error(back.error.code);
  const byId = (j: typeof journey) => ({ ...j, notes: [...j.notes].sort((a, b) => a.id.localeCompare(b.id)) });
  expect(byId(back.journey)).toEqual(byId(journey));
});

test('one phase, transparent, 1x; and the exported PNG opens again as the journey', async ({ page }) => {
  await freshApp(page, 'en');
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: journeyBuffer() });
  await openedJourneyTitle(page);
  await openExportDialog(page);
  await page.getByTestId('export-scope-phase').check();
  await page.getByTestId('export-phase').selectOption({ label: 'Kauf' });
  await page.getByTestId('export-ratio').selectOption('1');
  await page.getByTestId('export-background-transparent').check();
  await page.getByTestId('export-header').uncheck();
  await page.screenshot({ path: 'test-results/screens/export-dialog-en.png' });
  const { bytes } = await exportAndDownload(page);
  await writeFile('test-results/screens/export-phase-1x.png', bytes);
  const png = decode(bytes);
  expect(png.width).toBe(MARGIN + LANE_HEADER + 480 + 2 + MARGIN);
  expect(png.height).toBeGreaterThan(PHASE_HEADER + 7 * 240);
  expect(pixel(png, 2, 2)[3]).toBe(0); // transparent outside the sheet
  expect(pixel(png, MARGIN + 10, MARGIN + PHASE_HEADER + 10)[3]).toBe(255); // the sheet itself

  // Open the exported picture: same journey, asked copy or replace since it is in the library.
  await importThroughInput(page, { name: 'phase.png', mimeType: 'image/png', buffer: bytes });
  await expect(page.getByTestId('import-conflict')).toBeVisible();
  await page.getByTestId('import-copy').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.title)).toBe('Online-Shop Gartenmöbel: Kauf eines Loungesets (copy)');
  expect(await page.evaluate(() => window.__journeyboard!.journey()!.notes.length)).toBe(47);
});

test('the whole board with header and legend at 2x, drawn on one canvas', async ({ page }) => {
  await freshApp(page, 'de');
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: journeyBuffer() });
  await openedJourneyTitle(page);
  // Ctrl+Shift+E is the picture export's shortcut (the same named action as the menu).
  await page.locator('.board-screen').click({ position: { x: 640, y: 500 } });
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-format-png')).toBeChecked();
  await page.getByTestId('export-legend').check();
  // The dialog tells the size before exporting and proposes the scale: sharp text under 20 MB.
  await expect(page.getByTestId('export-size')).toContainText('Pixel');
  await expect(page.getByTestId('export-size')).toContainText('Vorschlag');
  await page.getByTestId('export-ratio').selectOption('2');
  await page.screenshot({ path: 'test-results/screens/export-png-dialog-de.png' });
  const started = Date.now();
  const { name, bytes } = await exportAndDownload(page);
  await writeFile('test-results/screens/export-shop-2x.png', bytes);
  console.log(`shop board 2x PNG exported in ${Date.now() - started} ms, ${bytes.length} bytes`);
  expect(name).toMatch(/^Online-Shop Gartenmöbel Kauf eines Loungesets \d{4}-\d{2}-\d{2}\.png$/);
  const png = decode(bytes);
  expect(png.width % 2).toBe(0);
  expect(png.width).toBeGreaterThan((LANE_HEADER + 5 * 480) * 2);
  const back = importJourneyBytes(bytes);
  expect(back.ok && back.journey.notes).toHaveLength(47);
});

test('a long export shows progress and can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await freshApp(page, 'de');
  await importThroughInput(page, { name: 'breit.journey.json', mimeType: 'application/json', buffer: journeyFile(wideJourney(60)) });
  await openedJourneyTitle(page);
  await openExportDialog(page);
  await page.getByTestId('export-ratio').selectOption('3');
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await expect.poll(() => page.getByTestId('export-progress').evaluate((p: HTMLProgressElement) => p.value)).toBeGreaterThan(0);
  // The window stays responsive while the picture is made: the dialog answers at once.
  await page.screenshot({ path: 'test-results/screens/export-progress-de.png' });
  await page.getByTestId('export-cancel').click();
  await expect(page.getByText('Export abgebrochen.')).toBeVisible();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  // Downloads arrive in order: when the CSV exported next arrives, a cancelled PNG would have
  // come before it. Nothing but the CSV may have been saved.
  await openExportDialog(page);
  await page.getByTestId('export-format-csv').check();
  const csv = await exportAndDownload(page);
  expect(csv.name).toMatch(/\.csv$/);
  expect(downloads).toEqual([csv.name]);
});
