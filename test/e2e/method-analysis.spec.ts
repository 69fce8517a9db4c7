import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Journey, Note } from '../../shared/model';
import { journey, selectedNoteIds } from './board-helpers';
import { choose, openMethodBoard, openPanel, pdfPageImage, savePng, selectNote, shot } from './method-helpers';

const sorted = (ids: string[]) => [...ids].sort();
const touchpoints = (j: Journey) => j.notes.filter((n) => n.kind === 'touchpoint');
const inPhase = (j: Journey, i: number, keep: (n: Note) => boolean) => j.notes.filter((n) => n.phaseId === j.phases[i]!.id && keep(n)).map((n) => n.id);

test('analysis panel on the German example workshop: counts, shares, hotspots, gaps; entries select notes (en UI)', async ({ page }) => {
  const start = await openMethodBoard(page, { language: 'en', template: 'exampleShop', title: '' });
  const all = touchpoints(start);
  expect(all.length).toBeGreaterThan(10);

  // Two touchpoints rated by company and customers: one agreeing, one apart.
  await openPanel(page, 'details');
  const [first, second] = inPhase(start, 0, (n) => n.kind === 'touchpoint');
  for (const [id, company, customer] of [
    [first!, '2', '2'],
    [second!, '2', '-1'],
  ] as const) {
    await selectNote(page, id);
    await choose(page, 'attribute-companyRating', company);
    await choose(page, 'attribute-customerRating', customer);
  }

  await openPanel(page, 'analysis');
  const panel = page.getByTestId('analysis-panel');
  await expect(panel).toBeVisible();
  const j = (await journey(page))!;

  // Touchpoints in total and per phase; pressing an entry selects its notes.
  await expect(page.getByTestId('analysis-total')).toHaveAttribute('data-count', String(all.length));
  await page.getByTestId('analysis-total').click();
  expect(sorted(await selectedNoteIds(page))).toEqual(sorted(all.map((n) => n.id)));
  const phases = page.getByTestId('analysis-phase');
  await expect(phases).toHaveCount(j.phases.length);
  await phases.nth(1).click();
  expect(sorted(await selectedNoteIds(page))).toEqual(sorted(inPhase(j, 1, (n) => n.kind === 'touchpoint')));

  // Before the purchase (awareness and consideration), compared with the rule of seven.
  const beforeIds = [...inPhase(j, 0, (n) => n.kind === 'touchpoint'), ...inPhase(j, 1, (n) => n.kind === 'touchpoint')];
  const before = page.getByTestId('analysis-before-purchase');
  await expect(before).toHaveAttribute('data-count', String(beforeIds.length));
  await expect(before).toContainText(beforeIds.length >= 7 ? 'Rule of 7 reached' : 'Rule of 7');
  await before.click();
  expect(sorted(await selectedNoteIds(page))).toEqual(sorted(beforeIds));

  // The negative share of a phase selects that phase's negative touchpoints.
  const negative = page.getByTestId('analysis-experience-negative').first();
  await negative.click();
  const negIds = await selectedNoteIds(page);
  expect(negIds.length).toBeGreaterThan(0);
  for (const id of negIds) expect(j.notes.find((n) => n.id === id)!.touchpoint?.experience).toBe('negative');

  // Pain point hotspot: the phase with the most pain points comes first.
  const hotspot = page.getByTestId('analysis-pain-phase').first();
  await hotspot.click();
  const pains = await selectedNoteIds(page);
  const counts = j.phases.map((_, i) => inPhase(j, i, (n) => n.kind === 'painPoint').length);
  expect(pains.length).toBe(Math.max(...counts));
  for (const id of pains) expect(j.notes.find((n) => n.id === id)!.kind).toBe('painPoint');

  // Inside-out / outside-in: how many rated touchpoints company and customers agree on; the
  // note rated furthest apart comes first and selects itself.
  const rated = all.map((n) => j.notes.find((m) => m.id === n.id)!).filter((n) => n.touchpoint?.companyRating !== undefined && n.touchpoint.customerRating !== undefined);
  const agree = rated.filter((n) => n.touchpoint!.companyRating === n.touchpoint!.customerRating);
  expect(agree.map((n) => n.id)).toContain(first);
  await expect(page.getByTestId('analysis-ratings-agree')).toContainText(`${agree.length} of ${rated.length} rated touchpoints rated the same`);
  await page.getByTestId('analysis-ratings-agree').click();
  expect(sorted(await selectedNoteIds(page))).toEqual(sorted(agree.map((n) => n.id)));
  const widest = Math.max(...rated.map((n) => Math.abs(n.touchpoint!.companyRating! - n.touchpoint!.customerRating!)));
  await page.getByTestId('analysis-gap').first().click();
  const [gapId] = await selectedNoteIds(page);
  const gapNote = j.notes.find((n) => n.id === gapId)!;
  expect(Math.abs(gapNote.touchpoint!.companyRating! - gapNote.touchpoint!.customerRating!)).toBe(widest);
  expect(widest).toBeGreaterThanOrEqual(3); // the one rated +2 / -1 here, or one further apart
  await page.getByTestId('analysis-ratings-gaps').click();
  expect(await selectedNoteIds(page)).toContain(second);

  // By ownership: the paid touchpoints.
  const paid = all.filter((n) => n.touchpoint?.ownership === 'paid').map((n) => n.id);
  await expect(page.getByTestId('analysis-ownership-paid')).toHaveAttribute('data-count', String(paid.length));
  await page.getByTestId('analysis-ownership-paid').click();
  expect(sorted(await selectedNoteIds(page))).toEqual(sorted(paid));
  await expect(page.getByTestId('analysis-directness-indirect')).toHaveAttribute(
    'data-count',
    String(all.filter((n) => n.touchpoint?.directness === 'indirect').length),
  );
  await panel.evaluate((el) => el.closest('.board-side-body')?.scrollTo(0, 0));
  await shot(page, 'analysis-en');
  await page.getByTestId('analysis-ratings').scrollIntoViewIfNeeded();
  await shot(page, 'analysis-en-ratings');
});

test('analysis panel in German on the English B2B example (de UI)', async ({ page }) => {
  const start = await openMethodBoard(page, { language: 'de', template: 'exampleB2b', title: '' });
  await openPanel(page, 'analysis');
  await expect(page.getByTestId('analysis-touchpoints').getByRole('heading')).toHaveText('Touchpoints');
  await expect(page.getByTestId('analysis-pain').getByRole('heading')).toHaveText('Schwerpunkte der Schmerzpunkte');
  const all = touchpoints(start);
  const rated = all.filter((n) => n.touchpoint?.companyRating !== undefined && n.touchpoint.customerRating !== undefined);
  const agree = rated.filter((n) => n.touchpoint!.companyRating === n.touchpoint!.customerRating);
  await expect(page.getByTestId('analysis-ratings-agree')).toContainText(`${agree.length} von ${rated.length} bewerteten Touchpoints`);
  await expect(page.getByTestId('analysis-ratings')).toContainText('Studien aus der Literatur: etwa 6 von 10.');
  await expect(page.getByTestId('analysis-total')).toContainText(`${all.length} Touchpoints auf dem Board`);
  const owned = all.filter((n) => n.touchpoint?.ownership === 'owned').map((n) => n.id);
  await page.getByTestId('analysis-ownership-owned').click();
  expect(sorted(await selectedNoteIds(page))).toEqual(sorted(owned));
  await shot(page, 'analysis-de');
});

test('the PDF export ends with the analysis page (de UI)', async ({ page }) => {
  await openMethodBoard(page, { language: 'de', template: 'exampleShop', title: '' });
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-paper-a4').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-start').click()]);
  const bytes = await readFile((await download.path())!);
  const { PDFDocument } = await import('pdf-lib');
  expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
  const last = await pdfPageImage(bytes, 1);
  await savePng('test-results/screens/method-analysis-pdf-page.png', last);
  // The analysis draws its bars in the accent blue and the experience mix in green and red;
  // the board page has none of that blue.
  const count = (rgb: [number, number, number]) => {
    let n = 0;
    for (let i = 0; i < last.data.length; i += 3) {
      if (Math.abs(last.data[i]! - rgb[0]) + Math.abs(last.data[i + 1]! - rgb[1]) + Math.abs(last.data[i + 2]! - rgb[2]) < 30) n++;
    }
    return n;
  };
  expect(count([21, 101, 192])).toBeGreaterThan(5000);
  expect(count([46, 125, 50])).toBeGreaterThan(2000);
  const board = await pdfPageImage(bytes, 0);
  let blue = 0;
  for (let i = 0; i < board.data.length; i += 3) {
    if (Math.abs(board.data[i]! - 21) + Math.abs(board.data[i + 1]! - 101) + Math.abs(board.data[i + 2]! - 192) < 30) blue++;
  }
  expect(blue).toBeLessThan(500);
});
