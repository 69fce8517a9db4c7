import { expect, test } from '@playwright/test';
import { countColour, journeyOnBoard, openProjector, openRoomPanel, projectorCamera, settledProjectorCamera } from './room-helpers';

const SPOTLIGHT_EDGE: [number, number, number] = [255, 179, 0];
const LASER_RED: [number, number, number] = [255, 23, 23];

test('presentation mode steps phase by phase with the keys clickers send, spotlights the phase and shows its questions', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  const projector = await openProjector(page);
  const phases = await page.evaluate(() => window.__journeyboard!.journey()!.phases.map((p) => p.title));
  const following = await projectorCamera(projector);
  const title = page.getByTestId('presentation-title');
  const step = async () => Number((await title.textContent())!.match(/Step (\d+) of/)![1]);

  // Alt+P starts the presentation (not F5, which reloads the page in a browser:
  // CONVENTIONS.md section 2); the overview comes first.
  await page.getByTestId('board-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+p');
  const bar = page.getByTestId('presentation-bar');
  await expect(bar).toBeVisible();
  await expect(title).toContainText('The whole journey');
  await expect(title).toContainText('Step 1 of');
  await expect(projector.getByTestId('projector-questions')).toHaveCount(0);
  const overview = await settledProjectorCamera(projector, following);

  // → : the first phase, spotlit, with its guiding questions on the projector.
  await page.keyboard.press('ArrowRight');
  await expect(title).toContainText(phases[0]!);
  const questions = projector.getByTestId('projector-questions');
  await expect(questions).toContainText(phases[0]!);
  await expect(questions).toContainText('What does the customer want in this phase?');
  await expect(questions).toContainText("What should the persona's next interaction be?");
  const first = await settledProjectorCamera(projector, overview);
  expect(first.zoom).toBeGreaterThan(overview.zoom);
  await expect.poll(() => countColour(projector, SPOTLIGHT_EDGE, { tolerance: 20 })).toBeGreaterThan(500);
  // What the room reads of this phase is legible.
  await expect(page.getByTestId('legibility-ok')).toBeVisible();
  await projector.screenshot({ path: 'test-results/screens/room-presentation-phase1.png' });

  // Page Down, Space and → go on; Page Up and ← go back; nothing moves a note meanwhile.
  const notesBefore = await page.evaluate(() => JSON.stringify(window.__journeyboard!.journey()!.notes));
  await page.keyboard.press('PageDown');
  await expect.poll(step).toBe(3);
  await page.keyboard.press('Space');
  await expect.poll(step).toBe(4);
  await page.keyboard.press('ArrowRight');
  await expect.poll(step).toBe(5);
  await page.keyboard.press('PageUp');
  await expect.poll(step).toBe(4);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(step).toBe(3);
  expect(await page.evaluate(() => JSON.stringify(window.__journeyboard!.journey()!.notes))).toBe(notesBefore);
  // The room's caption follows the laptop's.
  const caption = (await title.locator('strong').textContent())!;
  await expect(questions.locator('h2')).toHaveText(caption);

  // A clicker pressed while the projector window has focus steps the facilitator's show too.
  await projector.keyboard.press('PageDown');
  await expect.poll(step).toBe(4);

  // The optimisation round shows the other questions.
  await page.getByTestId('presentation-questions').selectOption('optimisation');
  await expect(questions).toContainText('What can we improve?');

  // Laser pointer: L, then the pointer over the laptop's board is a red dot on the projector.
  await page.getByTestId('board-canvas').hover({ position: { x: 300, y: 300 } });
  await page.keyboard.press('l');
  await expect(page.getByTestId('presentation-laser')).toHaveAttribute('aria-pressed', 'true');
  const canvas = (await page.evaluate(() => window.__journeyboard!.canvasClientRect()))!;
  for (let i = 0; i < 12; i++) await page.mouse.move(canvas.x + 250 + i * 12, canvas.y + 260 + i * 4);
  await expect.poll(() => countColour(projector, LASER_RED, { canvas: '.projector-laser', tolerance: 30 })).toBeGreaterThan(100);
  await projector.screenshot({ path: 'test-results/screens/room-presentation-laser.png' });
  await page.keyboard.press('l');
  await expect.poll(() => countColour(projector, LASER_RED, { canvas: '.projector-laser', tolerance: 30 })).toBe(0);

  // The last step stays put however often the clicker is pressed.
  const total = Number((await title.textContent())!.match(/of (\d+)/)![1]);
  for (let i = 0; i < total + 2; i++) await page.keyboard.press('PageDown');
  await expect.poll(step).toBe(total);
  await expect(title).toContainText(phases.at(-1)!);

  // Escape leaves: no spotlight, no questions, the projector follows again.
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(questions).toHaveCount(0);
  await expect.poll(() => countColour(projector, SPOTLIGHT_EDGE, { tolerance: 20 })).toBe(0);
});

test('presentation is reachable from the room panel and works in German', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online-Shop nach dem Kauf', language: 'de' });
  await openRoomPanel(page, 'Moderation');
  const projector = await openProjector(page);
  await page.getByTestId('presentation-start').click();
  await expect(page.getByTestId('presentation-step')).toHaveText(/^Schritt 1 von \d+$/);
  await page.getByRole('button', { name: 'Weiter' }).first().click();
  await expect(projector.getByTestId('projector-questions')).toContainText('Was möchte der Kunde in dieser Phase?');
  await expect(page.getByTestId('presentation-bar')).toContainText('Präsentation beenden');
  await page.screenshot({ path: 'test-results/screens/room-panel-de.png' });
  await projector.screenshot({ path: 'test-results/screens/room-projector-de.png' });
  await page.getByTestId('presentation-leave').click();
  await expect(projector.getByTestId('projector-questions')).toHaveCount(0);
});
