import { expect, test } from '@playwright/test';
import { journeyOnBoard, openProjector, openRoomPanel } from './room-helpers';

test('the timebox timer counts down on the projector, pauses, resumes, takes a minute more and signals the end', async ({ page, context }) => {
  // The browser's clock is under the test's control, so the end comes without waiting five minutes.
  await context.clock.install();
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  const projector = await openProjector(page);
  const big = projector.getByTestId('timer-large');
  await expect(big).toHaveCount(0);

  await page.getByTestId('timer-minutes').fill('5');
  await page.getByTestId('timer-start').click();
  await expect(big).toBeVisible();
  await expect(big).toHaveAttribute('data-status', 'running');
  await expect(big).toContainText(/0[45]:\d\d/);

  await context.clock.fastForward('01:00');
  await expect(big).toContainText(/0[34]:\d\d/);

  // Pause: both windows show the same frozen time.
  await page.getByTestId('timer-toggle').click();
  await expect(big).toHaveAttribute('data-status', 'paused');
  const frozen = (await big.locator('.room-timer__digits').textContent())!;
  await context.clock.fastForward('02:00');
  await expect(big.locator('.room-timer__digits')).toHaveText(frozen);
  await expect(page.getByTestId('timer-small').first().locator('.room-timer__digits')).toHaveText(frozen);

  // +1 min while paused, then resume.
  await page.getByTestId('timer-add-minute').click();
  const [m, s] = frozen.split(':').map(Number) as [number, number];
  const plusOne = `${String(m + 1).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  await expect(big.locator('.room-timer__digits')).toHaveText(plusOne);
  await page.getByTestId('timer-toggle').click();
  await expect(big).toHaveAttribute('data-status', 'running');

  // The end: the projector flashes and says so.
  await context.clock.fastForward('06:00');
  await expect(big).toHaveAttribute('data-status', 'finished');
  await expect(big).toContainText('00:00');
  await expect(big).toContainText('Time is up');
  await expect(projector.getByTestId('projector-timeup')).toBeVisible();
  await projector.screenshot({ path: 'test-results/screens/room-timer-finished.png' });

  // One more minute after the end starts a fresh minute.
  await page.getByTestId('timer-add-minute').click();
  await expect(big).toHaveAttribute('data-status', 'running');
  await expect(big).toContainText(/0[01]:\d\d/);
  await expect(projector.getByTestId('projector-timeup')).toHaveCount(0);

  // Stop hides it from the room.
  await page.getByTestId('timer-stop').click();
  await expect(big).toHaveCount(0);
  // The end sound is off unless the facilitator turns it on.
  await expect(page.getByTestId('timer-sound')).not.toBeChecked();
});

test('the timer is reachable by keyboard: Alt+T starts and pauses, Alt+M adds a minute', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  await page.getByTestId('board-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+t');
  const chip = page.locator('.room-timer-chip').getByTestId('timer-small');
  await expect(chip).toHaveAttribute('data-status', 'running');
  await expect(chip).toContainText(/0[45]:\d\d/);
  await page.keyboard.press('Alt+t');
  await expect(chip).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('Alt+m');
  await expect(chip).toContainText(/0[56]:\d\d/);
});
