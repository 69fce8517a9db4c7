import { expect, test } from '@playwright/test';
import { boardPoint, journeyOnBoard, openProjector, openRoomPanel, projectorCamera, settledProjectorCamera, writeNote } from './room-helpers';

test('the projector window shows only the board and follows the facilitator live', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  await expect(page.getByTestId('projector-status')).toHaveText('No projector window open');
  // The preview shows the room's picture before any projector is open.
  await expect(page.getByTestId('projector-preview').locator('canvas')).toBeVisible();
  const projector = await openProjector(page);

  // Only the board: no toolbar, no panels, nothing to edit, no selection.
  await expect(projector.getByRole('toolbar')).toHaveCount(0);
  await expect(projector.getByTestId('side-panel')).toHaveCount(0);
  await expect(projector.locator('textarea, input')).toHaveCount(0);
  await expect(projector.getByTestId('projector-canvas')).toBeVisible();
  const notes = await page.evaluate(() => window.__journeyboard!.journey()!.notes.length);
  await expect.poll(() => projector.evaluate(() => window.__journeyboard!.journey()?.notes.length)).toBe(notes);

  // A note written on the laptop appears on the projector.
  const layout = await page.evaluate(() => {
    const j = window.__journeyboard!.journey()!;
    return { phase: j.phases[1]!.id, lane: j.lanes[2]!.id };
  });
  const cell = await page.evaluate(({ phase, lane }) => {
    const p = window.__journeyboard!.phaseHeaderClientRect(phase)!;
    const l = window.__journeyboard!.laneHeaderClientRect(lane)!;
    return { x: p.x + p.width / 2, y: l.y + l.height / 2 };
  }, layout);
  await writeNote(page, cell, 'Parcel arrives late');
  await expect.poll(() => projector.evaluate(() => window.__journeyboard!.journey()!.notes.some((n) => n.text === 'Parcel arrives late'))).toBe(true);

  // Zooming in on the laptop zooms the projector by the same factor.
  const before = await projectorCamera(projector);
  const zoomBefore = await page.evaluate(() => window.__journeyboard!.liveCamera()!.zoom);
  await page.mouse.move(cell.x, cell.y);
  await page.keyboard.press('+');
  const zoomAfter = await page.evaluate(() => window.__journeyboard!.liveCamera()!.zoom);
  expect(zoomAfter).toBeGreaterThan(zoomBefore);
  await expect.poll(async () => (await projectorCamera(projector)).zoom / before.zoom).toBeCloseTo(zoomAfter / zoomBefore, 2);

  // "Stays on one phase": the projector frames that phase whatever the laptop does.
  const following = await projectorCamera(projector);
  await page.getByTestId('projector-stay').check();
  const phaseTitle = await page.evaluate(() => window.__journeyboard!.journey()!.phases[2]!.title);
  await page.getByTestId('projector-phase').selectOption({ label: phaseTitle });
  const framed = await settledProjectorCamera(projector, following);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => projectorCamera(projector)).toEqual(framed);
  const column = await page.evaluate(() => {
    const j = window.__journeyboard!.journey()!;
    const x = 200 + j.phases.slice(0, 2).reduce((sum, p) => sum + p.width, 0);
    return { x, width: j.phases[2]!.width };
  });
  // The phase fills the projector's width or height, centred.
  const left = column.x * framed.zoom + framed.x;
  const right = (column.x + column.width) * framed.zoom + framed.x;
  expect(left).toBeGreaterThanOrEqual(0);
  expect(right).toBeLessThanOrEqual(1920);
  await projector.screenshot({ path: 'test-results/screens/room-projector-stay-on-phase.png' });

  // Back to following.
  await page.getByTestId('projector-follow').check();
  await expect.poll(async () => (await projectorCamera(projector)).zoom).not.toBe(framed.zoom);
  const centre = await boardPoint(page, 0, 0);
  expect(centre).not.toBeNull();
});

test('closing the projector tells the facilitator and offers to reopen it', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  const projector = await openProjector(page);
  await projector.close({ runBeforeUnload: true });
  await expect(page.getByTestId('projector-status')).toHaveText('No projector window open');
  await expect(page.getByTestId('projector-notice').first()).toContainText('The projector window was closed.');
  await page.screenshot({ path: 'test-results/screens/room-projector-closed.png' });

  const [again] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('projector-reopen').first().click()]);
  await expect(again.getByTestId('projector-view')).toBeVisible();
  await expect(page.getByTestId('projector-notice')).toHaveCount(0);
  await expect(page.getByTestId('projector-status')).toContainText('Projector window open');

  // "Close projector window" closes the browser window it opened.
  await page.getByTestId('projector-close').click();
  await expect.poll(() => again.isClosed()).toBe(true);
});
