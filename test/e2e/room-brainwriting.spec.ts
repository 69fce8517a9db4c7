import { expect, test } from '@playwright/test';
import { journeyOnBoard, openProjector, openRoomPanel, writeNote } from './room-helpers';

test('hidden brainwriting: notes written in the round stay covered on the projector until revealed', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Online shop after checkout' });
  await openRoomPanel(page);
  const projector = await openProjector(page);
  const cell = await page.evaluate(() => {
    const j = window.__journeyboard!.journey()!;
    const p = window.__journeyboard!.phaseHeaderClientRect(j.phases[1]!.id)!;
    const l = window.__journeyboard!.laneHeaderClientRect(j.lanes.find((lane) => lane.kind === 'opportunity')!.id)!;
    return { x: p.x + p.width / 2, y: l.y + l.height / 2 };
  });
  await writeNote(page, cell, 'Before the round');

  await page.getByTestId('brainwriting-start').click();
  await expect(projector.getByText('Hidden round: new notes stay covered')).toBeVisible();
  await writeNote(page, { x: cell.x - 60, y: cell.y }, 'Live chat in the app');
  await writeNote(page, { x: cell.x + 60, y: cell.y }, 'SMS when the parcel is near');
  await expect(page.getByTestId('covered-count')).toHaveText('2 notes covered');

  const covered = () =>
    projector.evaluate(() =>
      window
        .__journeyboard!.journey()!
        .notes.filter((n) => n.covered)
        .map((n) => n.text)
        .sort(),
    );
  await expect.poll(covered).toEqual(['Live chat in the app', 'SMS when the parcel is near']);
  await projector.screenshot({ path: 'test-results/screens/room-brainwriting-covered.png' });

  // One undo removes a note written in the round (the covering is part of writing it).
  await page.keyboard.press('Control+z');
  await expect.poll(covered).toEqual(['Live chat in the app']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(covered).toEqual(['Live chat in the app', 'SMS when the parcel is near']);

  await page.getByTestId('brainwriting-reveal').click();
  await expect.poll(covered).toEqual([]);
  await expect(projector.getByText('Hidden round: new notes stay covered')).toHaveCount(0);
  await projector.screenshot({ path: 'test-results/screens/room-brainwriting-revealed.png' });
  // Revealing is one undoable step.
  await page.keyboard.press('Control+z');
  await expect.poll(covered).toEqual(['Live chat in the app', 'SMS when the parcel is near']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(covered).toEqual([]);

  // After the round, new notes are written face up; Alt+B starts a round from the keyboard.
  await writeNote(page, { x: cell.x, y: cell.y + 40 }, 'After the round');
  await expect.poll(covered).toEqual([]);
  await page.keyboard.press('Alt+b');
  await expect(projector.getByText('Hidden round: new notes stay covered')).toBeVisible();
});
