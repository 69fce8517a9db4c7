/**
 * PDF, CSV, journey file and the after-workshop pack, each exported through the dialog from an
 * imported board and checked by decoding the download: PDF page count and size with pdf-lib,
 * CSV rows with papaparse, the journey file with the importer, the pack with fflate.
 */
import { writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { PDFDocument } from 'pdf-lib';
import { expect, test, type Page } from '@playwright/test';
import { importJourneyBytes, importJourneyText } from '../../shared/format/importJourney';
import { JourneySchema } from '../../shared/model';
import { exportAndDownload, openExportDialog } from './export-helpers';
import { freshApp, importThroughInput, journeyBuffer, openedJourneyTitle } from './import-helpers';

const A4 = { width: 841.89, height: 595.28 };
const A3 = { width: 1190.55, height: 841.89 };

async function openShop(page: Page, language: 'en' | 'de') {
  await freshApp(page, language);
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: journeyBuffer() });
  await openedJourneyTitle(page);
}

test('PDF: one A3 page fitting the board, and A4 pages with the headers repeated', async ({ page }) => {
  // Two vector PDFs with embedded fonts: on a loaded shared machine this takes more than a minute.
  test.setTimeout(180_000);
  await openShop(page, 'de');
  // From the board toolbar's export menu, where each format is a named action.
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'PDF' }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-format-pdf')).toBeChecked();
  await page.getByTestId('export-paper-a3').check();
  const fit = await exportAndDownload(page);
  expect(fit.name).toMatch(/\.pdf$/);
  const one = await PDFDocument.load(fit.bytes);
  // The board on one page, then the method's analysis page.
  expect(one.getPageCount()).toBe(2);
  const size = one.getPage(0).getSize();
  expect(size.width).toBeCloseTo(A3.width, 0);
  expect(size.height).toBeCloseTo(A3.height, 0);
  expect(one.getTitle()).toBe('Online-Shop Gartenmöbel: Kauf eines Loungesets');

  await openExportDialog(page);
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-paper-a4').check();
  await page.getByTestId('export-pdf-tiled').check();
  const tiled = await exportAndDownload(page);
  await writeFile('test-results/screens/export-a4-tiled.pdf', tiled.bytes);
  const pages = await PDFDocument.load(tiled.bytes);
  expect(pages.getPageCount()).toBeGreaterThan(1);
  for (const p of pages.getPages()) {
    expect(p.getSize().width).toBeCloseTo(A4.width, 0);
    expect(p.getSize().height).toBeCloseTo(A4.height, 0);
  }
});

test('CSV for German Excel: BOM, semicolons, one row per note, formulas neutralised', async ({ page }) => {
  await freshApp(page, 'de');
  const text = journeyBuffer().toString('utf8').replace('"text":"misst Balkon aus, vergleicht drei Shops"', '"text":"=HYPERLINK(\\"http://x\\";\\"klick\\")"');
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await openedJourneyTitle(page);
  await openExportDialog(page);
  await page.getByTestId('export-format-csv').check();
  await expect(page.getByTestId('export-separator-semicolon')).toBeChecked();
  const { name, bytes } = await exportAndDownload(page);
  expect(name).toMatch(/^Online-Shop Gartenmöbel Kauf eines Loungesets \d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  const { data, errors } = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true });
  expect(errors).toEqual([]);
  expect(data).toHaveLength(47 + 1);
  expect(data[0]!.slice(0, 4)).toEqual(['Phase', 'Bahn', 'Art', 'Text']);
  const chatbot = data.find((r) => r[3] === 'Chatbot zur Lieferzeit')!;
  expect(chatbot.slice(0, 3)).toEqual(['Erwägung', 'Touchpoints', 'Touchpoint']);
  expect(chatbot).toContain('Negativ');
  expect(data.some((r) => r[3] === '\'=HYPERLINK("http://x";"klick")')).toBe(true);
});

test('journey file: exporting and importing gives the same journey', async ({ page }) => {
  await openShop(page, 'en');
  const onBoard = await page.evaluate(() => window.__journeyboard!.journey()!);
  await openExportDialog(page);
  await page.getByTestId('export-format-journey').check();
  const { name, bytes } = await exportAndDownload(page);
  expect(name).toMatch(/\.journey\.json$/);
  const result = importJourneyText(bytes.toString('utf8'));
  if (!result.ok) throw new Error(result.error.code);
  expect(result.repairs).toEqual([]);
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  expect(result.journey).toEqual(onBoard);
});

test('after-workshop pack: one zip with PNG, PDF, journey file and CSV', async ({ page }) => {
  test.setTimeout(120_000);
  await openShop(page, 'de');
  await openExportDialog(page);
  await page.getByTestId('export-format-pack').check();
  const { name, bytes } = await exportAndDownload(page, { timeout: 100_000 });
  expect(name).toMatch(/^Online-Shop Gartenmöbel Kauf eines Loungesets \d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzipSync(new Uint8Array(bytes));
  const files = Object.keys(entries).sort();
  expect(files).toHaveLength(4);
  const folder = name.replace(/\.zip$/, '');
  for (const ext of ['.csv', '.journey.json', '.pdf', '.png']) expect(files).toContain(`${folder}/${folder}${ext}`);
  const png = entries[`${folder}/${folder}.png`]!;
  const fromPng = importJourneyBytes(png);
  expect(fromPng.ok && fromPng.journey.notes).toHaveLength(47);
  expect((await PDFDocument.load(entries[`${folder}/${folder}.pdf`]!)).getPageCount()).toBeGreaterThanOrEqual(1);
  expect(importJourneyBytes(entries[`${folder}/${folder}.journey.json`]!).ok).toBe(true);
  expect(new TextDecoder().decode(entries[`${folder}/${folder}.csv`]!).split('\r\n').filter(Boolean)).toHaveLength(48);
});
