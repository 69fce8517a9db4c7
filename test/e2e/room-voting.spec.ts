import { expect, test } from '@playwright/test';
import { countColour, journeyOnBoard, noteCentre, noteIdByText, openProjector, openRoomPanel, votesOf } from './room-helpers';

const BADGE_RED: [number, number, number] = [198, 40, 40];

test('dot voting by clicking, by turns, with undo, a tally and badges the room sees', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  const projector = await openProjector(page);

  await page.getByTestId('voting-dots').fill('2');
  await page.getByTestId('voting-participants').fill('3');
  await expect(page.getByTestId('voting-budget')).toHaveText('0 of 6 dots placed');
  await page.getByTestId('voting-start').click();
  await expect(page.getByTestId('voting-bar')).toBeVisible();

  const tracking = await noteIdByText(page, 'Shipment tracking');
  const support = await noteIdByText(page, 'Product support');
  const service = await noteIdByText(page, 'Customer service');

  // Click to vote; right-click and Alt+click take a dot off.
  let at = await noteCentre(page, tracking);
  await page.mouse.click(at.x, at.y);
  await page.mouse.click(at.x, at.y);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await expect.poll(() => votesOf(page)).toEqual({ 'Shipment tracking': 1 });
  await page.keyboard.down('Alt');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.up('Alt');
  await expect.poll(() => votesOf(page)).toEqual({});
  // The clicks voted: they did not select, move or open the context menu.
  expect(await page.evaluate(() => window.__journeyboard!.selectedNoteIds())).toEqual([]);
  await expect(page.locator('[role="menu"]')).toHaveCount(0);

  // Passing the laptop round: each person has their own two dots.
  await page.getByTestId('voting-next-voter').click();
  await expect(page.getByTestId('voting-turn')).toHaveText('Person 1 of 3 · 2 dots left');
  await page.mouse.click(at.x, at.y);
  at = await noteCentre(page, support);
  await page.mouse.click(at.x, at.y);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('voting-outcome')).toHaveText('This voter has placed all their dots: pass on to the next.');
  await page.getByTestId('voting-next-voter').click();
  await expect(page.getByTestId('voting-turn')).toHaveText('Person 2 of 3 · 2 dots left');
  await page.mouse.click(at.x, at.y);
  at = await noteCentre(page, service);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => votesOf(page)).toEqual({ 'Shipment tracking': 1, 'Product support': 2, 'Customer service': 1 });
  await expect(page.getByTestId('voting-budget')).toHaveText('4 of 6 dots placed');

  // Undo takes the last dot back (votes are part of the journey).
  await page.keyboard.press('Control+z');
  await expect.poll(() => votesOf(page)).toEqual({ 'Shipment tracking': 1, 'Product support': 2 });
  await expect(page.getByTestId('voting-turn')).toHaveText('Person 2 of 3 · 1 dot left');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => votesOf(page)).toEqual({ 'Shipment tracking': 1, 'Product support': 2, 'Customer service': 1 });

  // The room sees the badges, and the projector's journey has the votes.
  await expect.poll(() => projector.evaluate(() => window.__journeyboard!.journey()!.notes.filter((n) => n.votes).length)).toBe(3);
  await expect.poll(() => countColour(projector, BADGE_RED, { tolerance: 12 })).toBeGreaterThan(200);
  await projector.screenshot({ path: 'test-results/screens/room-voting-projector.png' });
  // Hidden from the room while voting runs, to keep people from following the crowd.
  await page.getByTestId('voting-show').uncheck();
  await expect.poll(() => countColour(projector, BADGE_RED, { tolerance: 12 })).toBeLessThan(20);
  await page.getByTestId('voting-show').check();

  // The tally sorts the notes by votes.
  await page.getByTestId('voting-tally-toggle').click();
  const rows = page.getByTestId('tally').getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Product support');
  await expect(rows.nth(0)).toContainText('2');
  await expect(rows.nth(0)).toContainText('1.');
  await expect(rows.nth(1)).toContainText('2.');
  await expect(rows.nth(2)).toContainText('2.');
  await page.screenshot({ path: 'test-results/screens/room-voting-facilitator.png' });

  // Keyboard: select a note, V gives a dot, Shift+V takes one (turns off: the facilitator counts for the room).
  await page.getByTestId('voting-stop-turns').click();
  await page.getByTestId('voting-stop').click();
  at = await noteCentre(page, service);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.selectedNoteIds())).toEqual([service]);
  await page.keyboard.press('Alt+v');
  await page.keyboard.press('v');
  await expect.poll(() => votesOf(page)).toMatchObject({ 'Customer service': 2 });
  await page.keyboard.press('Shift+V');
  await expect.poll(() => votesOf(page)).toMatchObject({ 'Customer service': 1 });
});

test('tally mode takes dots counted on a paper wall, typed in note after note', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  await page.getByTestId('voting-tally-mode').click();
  const first = await noteIdByText(page, 'Order confirmation');
  const at = await noteCentre(page, first);
  await page.mouse.click(at.x, at.y);
  const editor = page.getByTestId('vote-count-editor').locator('input');
  await expect(editor).toBeFocused();
  await editor.fill('7');
  await page.keyboard.press('Enter');
  // Enter moved on to the next note in reading order.
  await expect(editor).toBeFocused();
  await editor.fill('3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('vote-count-editor')).toHaveCount(0);
  const votes = await votesOf(page);
  expect(votes['Order confirmation']).toBe(7);
  expect(Object.values(votes).sort()).toEqual([3, 7]);
  // Counted dots need no budget: the panel shows how the count compares.
  await expect(page.getByTestId('voting-budget')).toContainText('10 of 24 dots placed');

  // A digit typed on a selected note starts its count.
  await page.getByTestId('voting-stop').click();
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('voting-tally-mode').click();
  await page.keyboard.press('4');
  await expect(editor).toHaveValue('4');
  await page.keyboard.press('Enter');
  await expect.poll(() => votesOf(page)).toMatchObject({ 'Order confirmation': 4 });
});
