import { expect, test } from '@playwright/test';
import { journeyOnBoard, openProjector, openRoomPanel, projectorCamera, settledProjectorCamera } from './room-helpers';

test('the legibility guard warns about small text on the projector and enlarges it for the room', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Garden furniture shop (German)' });
  await openRoomPanel(page);
  await expect(page.getByTestId('legibility-smallest')).toBeVisible();
  const projector = await openProjector(page);

  // The whole map on a full HD projector: many notes too small for the back of the room.
  const warning = page.getByTestId('legibility-warning');
  await expect(warning).toContainText('too small to read from the back of the room');
  await expect(page.getByTestId('legibility-banner')).toBeVisible();
  await projector.screenshot({ path: 'test-results/screens/room-legibility-before.png' });

  // The threshold is the facilitator's to set.
  const threshold = page.getByTestId('legibility-threshold');
  await threshold.fill('8');
  await threshold.press('Enter');
  await expect(page.getByTestId('legibility-ok')).toBeVisible();
  await threshold.fill('24');
  await threshold.press('Enter');
  await expect(warning).toBeVisible();

  // Enlarge for the room: the projector's picture comes closer until the smallest text reaches 24 px.
  const before = await projectorCamera(projector);
  await page.getByTestId('legibility-enlarge').click();
  await expect(page.getByTestId('legibility-ok')).toBeVisible();
  await expect(page.getByTestId('legibility-banner')).toHaveCount(0);
  const after = await settledProjectorCamera(projector, before);
  const scale = Number((await page.getByTestId('legibility-font-scale').textContent())!.match(/(\d+) %/)![1]) / 100;
  expect(after.zoom * scale).toBeGreaterThan(before.zoom);
  const smallest = Number((await page.getByTestId('legibility-smallest').textContent())!.match(/(\d+) px/)![1]);
  expect(smallest).toBeGreaterThanOrEqual(24);
  await projector.screenshot({ path: 'test-results/screens/room-legibility-after.png' });
});

test('a realistic journey on a 1920x1080 projector, step by step: every note readable', async ({ page }) => {
  await journeyOnBoard(page, { template: 'Garden furniture shop (German)' });
  await openRoomPanel(page);
  const projector = await openProjector(page);
  const notes = await page.evaluate(() => window.__journeyboard!.journey()!.notes.filter((n) => n.phaseId && n.text.trim()).map((n) => n.id));
  await page.getByTestId('presentation-start').click();
  const title = page.getByTestId('presentation-title');
  const total = Number((await title.textContent())!.match(/of (\d+)/)![1]);
  // Phases with many lanes of notes are shown in parts, so that each part can be read.
  expect(total).toBeGreaterThan(6);
  const shown = new Set<string>();
  for (let step = 2; step <= total; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(title).toContainText(`Step ${step} of ${total}`);
    // The guard judges what the room reads now: this step, framed for the projector.
    await expect(page.getByTestId('legibility-ok')).toBeVisible();
    await projector.screenshot({ path: `test-results/screens/room-1080p-step-${String(step).padStart(2, '0')}.png` });
    // Which notes this picture shows whole.
    const camera = await projectorCamera(projector);
    const inView = await page.evaluate(
      ({ camera, width }) => {
        const j = window.__journeyboard!.journey()!;
        const ids: string[] = [];
        for (const n of j.notes) {
          const r = window.__journeyboard!.noteClientRect(n.id);
          const live = window.__journeyboard!.liveCamera()!;
          const canvas = window.__journeyboard!.canvasClientRect()!;
          if (!r) continue;
          // Back to board coordinates, then to the projector's screen.
          const bx = (r.x - canvas.x - live.x) / live.zoom;
          const by = (r.y - canvas.y - live.y) / live.zoom;
          const sx = bx * camera.zoom + camera.x;
          const sy = by * camera.zoom + camera.y;
          if (sx >= 0 && sy >= 0 && sx + n.width * camera.zoom <= width && sy + n.height * camera.zoom <= 1080) ids.push(n.id);
        }
        return ids;
      },
      { camera, width: 1920 },
    );
    inView.forEach((id) => shown.add(id));
  }
  // Every note of every phase was on the projector, readable, in some step.
  expect(notes.filter((id) => !shown.has(id))).toEqual([]);
});
