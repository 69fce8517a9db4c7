/**
 * The vector PDF (issue 15), exported through the dialog from the German example workshop and
 * read back the way a participant's reader would: pdftotext (poppler) finds every note's text,
 * the persona's name and the phase titles with their umlauts; the outline lists the phases;
 * a character no font has (an emoji) is drawn as a box and named in a notice. The pages are
 * rendered with pdftoppm into test-results/screens for a look.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { expect, test, type Page } from '@playwright/test';
import { fixtureEnvelope } from '../fixtures/fixtures';
import { exportAndDownload, openExportDialog } from './export-helpers';
import { freshApp, importThroughInput, openedJourneyTitle } from './import-helpers';

const SCREENS = 'test-results/screens';

/** Text without any whitespace: lines wrap differently on paper than in the JSON. */
const squash = (text: string) => text.replace(/\s+/g, '');

function pdfText(bytes: Buffer, name: string): string {
  mkdirSync(SCREENS, { recursive: true });
  const path = `${SCREENS}/${name}.pdf`;
  writeFileSync(path, bytes);
  execFileSync('pdftoppm', ['-r', '60', '-png', path, `${SCREENS}/${name}-page`]);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** The outline's titles, first level, in order (pdf-lib has no reader for it; the dictionaries are simple). */
function outlineTitles(pdf: PDFDocument): string[] {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  let ref = outlines?.get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const entry = pdf.context.lookup(ref, PDFDict);
    const title = entry.get(PDFName.of('Title'));
    if (title instanceof PDFHexString || title instanceof PDFString) titles.push(title.decodeText());
    ref = entry.get(PDFName.of('Next'));
  }
  return titles;
}

async function openGermanExample(page: Page, edit?: (journey: ReturnType<typeof fixtureEnvelope>['journey']) => void) {
  const envelope = fixtureEnvelope();
  edit?.(envelope.journey);
  await freshApp(page, 'de');
  await importThroughInput(page, { name: 'shop.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope), 'utf8') });
  await openedJourneyTitle(page);
  return envelope.journey;
}

test('the PDF carries real text: every note, the persona and the phases, umlauts intact; the outline lists the phases', async ({ page }) => {
  test.setTimeout(180_000);
  const journey = await openGermanExample(page, (j) => {
    j.notes[0]!.text = `${j.notes[0]!.text} 🎉 für 19,90 € – Größe`;
  });
  await openExportDialog(page);
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-paper-a3').check();
  // The example hides its backstage lane: the dialog says so, and the PDF may include it.
  await expect(page.getByTestId('export-hidden-lanes')).toContainText('Backstage-Prozesse');
  await page.getByTestId('export-include-hidden').check();
  await page.screenshot({ path: `${SCREENS}/export-pdf-dialog-de.png` });
  const { name, bytes } = await exportAndDownload(page, { timeout: 150_000 });
  expect(name).toMatch(/\.pdf$/);
  // The emoji has no font in the PDF: it is a box, and the notice names it.
  await expect(page.getByRole('alert').filter({ hasText: '🎉' })).toBeVisible();

  const text = pdfText(bytes, 'export-a3-fit-de');
  const flat = squash(text);
  for (const note of journey.notes) {
    if (!note.text.trim()) continue;
    expect(flat, `note “${note.text}”`).toContain(squash(note.text.replace('🎉', '')));
  }
  expect(text).toContain('Anna Berger');
  for (const phase of journey.phases) expect(flat).toContain(squash(phase.title));
  expect(text).toContain('Gartenmöbel');
  expect(text).toContain('19,90 €');
  expect(text).toContain('Größe');
  // The footer: title, date and app version.
  expect(text).toMatch(/exportiert am .* · Journeyboard \d+\.\d+\.\d+/);

  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getTitle()).toBe(journey.title);
  expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toContain('de');
  const titles = outlineTitles(pdf);
  expect(titles.slice(0, journey.phases.length)).toEqual(journey.phases.map((p) => p.title));
  expect(titles).toContain('Analyse');
});

test('tiled A4 pages repeat the headers, and fitting a big board to one page warns about small text', async ({ page }) => {
  test.setTimeout(180_000);
  await openGermanExample(page);
  await openExportDialog(page);
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-paper-a4').check();
  // The example fits one A4 page only with note text below 6 pt: the dialog offers pages instead.
  await expect(page.getByTestId('export-pdf-small')).toBeVisible();
  await page.getByTestId('export-pdf-use-tiled').click();
  await expect(page.getByTestId('export-pdf-tiled')).toBeChecked();
  await expect(page.getByTestId('export-pdf-small')).toHaveCount(0);
  const { bytes } = await exportAndDownload(page, { timeout: 150_000 });
  const text = pdfText(bytes, 'export-a4-tiled-de');
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBeGreaterThan(2);
  // Every board page repeats the lane headers.
  const pages = text.split('\f').filter((p) => p.trim());
  const boardPages = pages.filter((p) => p.includes('Touchpoints'));
  expect(boardPages.length).toBeGreaterThan(1);
});
