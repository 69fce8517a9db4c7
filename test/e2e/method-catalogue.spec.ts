import { expect, test, type Page } from '@playwright/test';
import { cellCentre, frames, journey, selectedNoteIds } from './board-helpers';
import { openPanel, shot, type UiLanguage } from './method-helpers';

/** A new journey whose board is written in `board` while the app speaks `ui`. */
async function openJourney(page: Page, options: { ui: UiLanguage; board: 'en' | 'de'; template: string; title: string }) {
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.goto('/');
  await page.evaluate((lang) => localStorage.setItem('journeyboard.language', lang), options.ui);
  await page.reload();
  await page.getByTestId('new-journey').click();
  await page.locator(`input[name=template][value=${options.template}]`).check({ force: true });
  await page.getByTestId('new-journey-language').selectOption(options.board);
  await page.getByTestId('new-journey-title').fill(options.title);
  await page.getByTestId('new-journey-create').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
}

async function dragEntry(page: Page, entryId: string, to: { x: number; y: number }): Promise<void> {
  const entry = page.locator(`[data-entry="${entryId}"]`);
  await entry.scrollIntoViewIfNeeded();
  const box = (await entry.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 4 });
  await expect(page.locator('.catalogue-ghost')).toBeVisible();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await frames(page);
}

test('catalogue: search, drag touchpoints and KPIs onto cells, in the board language (en UI, German board)', async ({ page }) => {
  await openJourney(page, { ui: 'en', board: 'de', template: 'funnel', title: 'Gartenmöbel' });
  const start = (await journey(page))!;
  await openPanel(page, 'catalogue');
  await expect(page.getByTestId('catalogue-language')).toHaveValue('de');
  await expect(page.locator('.catalogue-group[data-group="beforePurchase"] h3')).toHaveText('Vor dem Kauf');

  // Case and accents don't matter.
  await page.getByTestId('catalogue-search').fill('BESTELLBESTATIGUNG');
  await expect(page.locator('.catalogue-entry')).toHaveCount(1);
  await expect(page.locator('[data-entry="orderConfirmation"]')).toHaveText('Bestellbestätigung');
  await shot(page, 'catalogue-search');

  // Drag it onto the touchpoint cell of "Kundenbindung".
  const target = await cellCentre(page, 3, 0);
  await dragEntry(page, 'orderConfirmation', target);
  let j = (await journey(page))!;
  expect(j.notes).toHaveLength(1);
  const note = j.notes[0]!;
  expect(note).toMatchObject({
    kind: 'touchpoint',
    text: 'Bestellbestätigung',
    phaseId: start.phases[3]!.id,
    laneId: start.lanes[0]!.id,
    touchpoint: { directness: 'direct', ownership: 'owned', medium: 'online' },
  });
  expect(await selectedNoteIds(page)).toEqual([note.id]);

  // Dropped on a header, nothing is created and the palette says why.
  const header = await page.evaluate((id) => window.__journeyboard!.phaseHeaderClientRect(id), start.phases[1]!.id);
  await dragEntry(page, 'orderConfirmation', { x: header!.x + header!.width / 2, y: header!.y + header!.height / 2 });
  expect((await journey(page))!.notes).toHaveLength(1);
  await expect(page.getByText('Drop the entry on a cell of the board')).toBeVisible();

  // KPIs by phase: the bounce rate onto the KPI lane of "Aufmerksamkeit".
  await page.getByTestId('catalogue-search').fill('');
  await page.getByTestId('catalogue-tab-kpis').click();
  await expect(page.locator('.catalogue-group[data-group="awareness"] h3')).toHaveText('Aufmerksamkeit');
  await dragEntry(page, 'bounceRate', await cellCentre(page, 0, 6));
  j = (await journey(page))!;
  const kpi = j.notes.find((n) => n.kind === 'kpi')!;
  expect(kpi).toMatchObject({ text: 'Absprungrate', phaseId: start.phases[0]!.id, laneId: start.lanes[6]!.id, kpi: { higherIsBetter: false } });

  // From the keyboard: Enter on an entry adds it to its phase's column.
  await page.locator('[data-entry="conversionRate"]').focus();
  await page.keyboard.press('Enter');
  j = (await journey(page))!;
  expect(j.notes.find((n) => n.text === 'Konversionsrate')).toMatchObject({ kind: 'kpi', phaseId: start.phases[2]!.id, laneId: start.lanes[6]!.id });

  // Undo takes back one entry at a time.
  await page.locator('[data-action="edit.undo"]').click();
  expect((await journey(page))!.notes.map((n) => n.text).sort()).toEqual(['Absprungrate', 'Bestellbestätigung']);
  await page.keyboard.press('Shift+Digit1');
  await shot(page, 'catalogue-dropped');
});

test('catalogue: own entries are kept across journeys and reloads (de UI, English board)', async ({ page }) => {
  await openJourney(page, { ui: 'de', board: 'en', template: 'threePhases', title: 'Trade fair' });
  await openPanel(page, 'catalogue');
  await expect(page.getByTestId('catalogue-language')).toHaveValue('en');
  // A German facilitator may search in German on an English board.
  await page.getByTestId('catalogue-search').fill('rucksendung');
  await expect(page.locator('.catalogue-entry')).toHaveText(['Returns and return confirmation']);
  await page.getByTestId('catalogue-search').fill('');

  await page.getByTestId('catalogue-own-text').fill('Trade fair stand');
  await page.getByTestId('catalogue-own-group').selectOption('duringPurchase');
  await page.getByTestId('catalogue-own-add').click();
  const own = page.locator('.catalogue-group[data-group="duringPurchase"] .catalogue-entry', { hasText: 'Trade fair stand' });
  await expect(own).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eigene Einträge' })).toBeVisible();

  // Another journey, after a reload: the entry is still in the catalogue.
  await page.reload();
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-title').fill('Second');
  await page.getByTestId('new-journey-create').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await openPanel(page, 'catalogue');
  const kept = page.locator('.catalogue-entry', { hasText: 'Trade fair stand' });
  await expect(kept).toBeVisible();
  const entryId = await kept.getAttribute('data-entry');
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await dragEntry(page, entryId!, await cellCentre(page, 1, 0));
  expect((await journey(page))!.notes).toMatchObject([{ kind: 'touchpoint', text: 'Trade fair stand' }]);
  await shot(page, 'catalogue-own-entry');

  // Deleting it removes it from the catalogue (the note on the board stays).
  await page.getByRole('button', { name: 'Ihren Eintrag „Trade fair stand“ löschen' }).click();
  await expect(page.locator('.catalogue-entry', { hasText: 'Trade fair stand' })).toHaveCount(0);
  expect((await journey(page))!.notes).toHaveLength(1);
});
