import { expect, test } from '@playwright/test';
import { backToLibrary, card, createJourneyViaUi, freshLibrary } from './library-helpers';

test('creates journeys from templates and shows them as cards with counts, persona and picture', async ({ page }) => {
  await freshLibrary(page);
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await createJourneyViaUi(page, { template: '5-phase funnel', title: 'Spring workshop' });
  const journey = await page.evaluate(() => window.__journeyboard!.journey());
  expect(journey?.title).toBe('Spring workshop');
  expect(journey?.phases.map((p) => p.title)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
  await backToLibrary(page);
  await createJourneyViaUi(page, { template: 'Garden furniture shop (German)', title: '' });
  await backToLibrary(page);
  await createJourneyViaUi(page, { template: 'Online shop after checkout', title: '' });
  await backToLibrary(page);

  const list = page.getByRole('list', { name: 'Journeys' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const spring = card(page, 'Spring workshop');
  await expect(spring).toContainText('5 phases · 0 notes');
  await expect(spring).toContainText('No persona yet');
  await expect(spring).toContainText('Changed just now');
  const shop = card(page, 'Online-Shop Gartenmöbel: Kauf eines Loungesets');
  await expect(shop).toContainText('Anna Berger');
  await expect(shop).toContainText('5 phases · 46 notes');
  await expect(card(page, 'Online shop: after checkout')).toContainText('6 phases · 18 notes');
  // Every card carries a picture of its board.
  await expect(list.locator('img[src^="data:image/png;base64,"]')).toHaveCount(3);
  // Newest change first.
  await expect(list.getByTestId('journey-open').first()).toHaveText('Online shop: after checkout');
  await page.screenshot({ path: 'test-results/screens/library-cards.png' });
});

test('searches and sorts by title and persona', async ({ page }) => {
  await freshLibrary(page);
  await createJourneyViaUi(page, { template: 'Blank', title: 'Zebra onboarding' });
  await backToLibrary(page);
  await createJourneyViaUi(page, { template: 'B2B software purchase (English)', title: '' });
  await backToLibrary(page);
  await createJourneyViaUi(page, { template: '3 phases', title: 'Apple checkout' });
  await backToLibrary(page);
  const titles = () => page.getByTestId('journey-open').allTextContents();

  await page.getByTestId('library-sort').selectOption('title');
  await expect.poll(titles).toEqual(['Apple checkout', 'B2B: buying a field-service scheduling tool', 'Zebra onboarding']);
  await page.getByTestId('library-sort').selectOption('changed');
  await expect.poll(titles).toEqual(['Apple checkout', 'B2B: buying a field-service scheduling tool', 'Zebra onboarding']);
  await page.getByTestId('library-sort').selectOption('created');
  await expect.poll(async () => (await titles())[0]).toBe('Apple checkout');

  const b2bPersona = await card(page, 'B2B: buying a field-service scheduling tool').locator('.card-persona').textContent();
  expect(b2bPersona).not.toBe('No persona yet');
  await page.getByTestId('library-sort').selectOption('persona');
  await expect.poll(async () => (await titles())[0]).toBe('B2B: buying a field-service scheduling tool');

  await page.getByTestId('library-search').fill('zebra');
  await expect.poll(titles).toEqual(['Zebra onboarding']);
  await page.getByTestId('library-search').fill(b2bPersona!.split(' ')[0]!.toLowerCase());
  await expect.poll(titles).toEqual(['B2B: buying a field-service scheduling tool']);
  await page.getByTestId('library-search').fill('nothing like this');
  await expect(page.getByTestId('library-empty')).toContainText('No journey matches');
  // The chosen sort is remembered.
  await page.reload();
  await expect(page.getByTestId('library-sort')).toHaveValue('persona');
});

test('is fully keyboard-navigable: open, rename, duplicate, trash, restore and empty the trash', async ({ page }) => {
  await freshLibrary(page);
  for (const title of ['First', 'Second', 'Third']) {
    await createJourneyViaUi(page, { template: 'Blank', title });
    await backToLibrary(page);
  }
  const titles = () => page.getByTestId('journey-open').allTextContents();
  await expect.poll(titles).toEqual(['Third', 'Second', 'First']);

  // Tab from the sort box lands on the first card; arrows move between cards.
  await page.getByTestId('new-journey').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('journey-open').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Second', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'First', exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('button', { name: 'Third', exact: true })).toBeFocused();

  // F2 renames; Escape cancels; Enter confirms.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  await expect(page.getByTestId('rename-input')).toBeFocused();
  await page.keyboard.type('Renamed');
  await page.keyboard.press('Escape');
  await expect.poll(titles).toEqual(['Third', 'Second', 'First']);
  await expect(page.getByRole('button', { name: 'Second', exact: true })).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Second, renamed');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Second, renamed', exact: true })).toBeFocused();
  await expect.poll(titles).toEqual(['Second, renamed', 'Third', 'First']);

  // Tab reaches the card's actions: rename, duplicate, move to trash.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Duplicate “Second, renamed”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Second, renamed (copy)', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was duplicated' })).toBeVisible();

  // Delete moves to the trash, with an undo.
  await page.getByRole('button', { name: 'First', exact: true }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: '“First” was moved to the trash.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'First', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'First', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Move “First” to the trash' }).click();
  await page.getByRole('button', { name: 'Move “Third” to the trash' }).click();
  await expect(page.getByTestId('show-trash')).toHaveText('Trash (2)');

  await page.getByTestId('show-trash').click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Restore “Third”' }).click();
  await expect(page.getByTestId('show-trash')).toHaveText('Trash (1)');
  await page.screenshot({ path: 'test-results/screens/library-trash.png' });
  await page.getByTestId('empty-trash').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('1 journey will be deleted forever');
  await confirm.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByTestId('library-empty')).toContainText('The trash is empty.');
  await page.getByTestId('show-library').click();
  await expect.poll(async () => (await titles()).sort()).toEqual(['Second, renamed', 'Second, renamed (copy)', 'Third']);

  // Enter opens the focused journey.
  await page.getByRole('button', { name: 'Third', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__journeyboard?.journey()?.title)).toBe('Third');
});

test('speaks German', async ({ page }) => {
  await freshLibrary(page, 'de');
  await expect(page.getByRole('heading', { name: 'Noch keine Journeys' })).toBeVisible();
  await createJourneyViaUi(page, { template: '3 Phasen', title: 'Frühjahrsworkshop' });
  const journey = await page.evaluate(() => window.__journeyboard!.journey());
  expect(journey?.phases.map((p) => p.title)).toEqual(['Vor dem Kauf', 'Beim Kauf', 'Nach dem Kauf']);
  await page.getByTestId('back-to-library').click();
  await expect(card(page, 'Frühjahrsworkshop')).toContainText('3 Phasen · 0 Notizen');
  await expect(card(page, 'Frühjahrsworkshop')).toContainText('Gerade eben geändert');
  await page.screenshot({ path: 'test-results/screens/library-de.png' });
});
