import { expect, test } from '@playwright/test';
import { camera, cellCentre, drag, frames, journey, noteCentre, openBoard, screens, typeNewNote } from './board-helpers';

test.describe('view', () => {
  test('pan with Space+drag, the middle mouse button and the wheel; the store follows when the gesture ends', async ({ page }) => {
    await openBoard(page);
    const start = await camera(page);
    const canvas = (await page.evaluate(() => window.__journeyboard!.canvasClientRect()))!;
    const mid = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };

    await page.mouse.move(mid.x, mid.y);
    await page.keyboard.down('Space');
    await drag(page, mid, { x: mid.x + 120, y: mid.y + 50 });
    await page.keyboard.up('Space');
    let now = await camera(page);
    expect(now.x).toBeCloseTo(start.x + 120, 0);
    expect(now.y).toBeCloseTo(start.y + 50, 0);
    expect(await page.evaluate(() => window.__journeyboard!.camera())).toEqual(now);
    // Space+drag pans: it neither selected nor moved anything.
    expect((await journey(page))!.notes).toHaveLength(0);

    await drag(page, mid, { x: mid.x - 200, y: mid.y }, { button: 'middle' });
    now = await camera(page);
    expect(now.x).toBeCloseTo(start.x - 80, 0);

    // Wheel (and two-finger trackpad scroll) pans; Shift+wheel pans sideways.
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.wheel(0, 300);
    await frames(page);
    expect((await camera(page)).y).toBeCloseTo(now.y - 300, 0);
    await page.mouse.wheel(40, 0);
    await frames(page);
    expect((await camera(page)).x).toBeCloseTo(now.x - 40, 0);
    // The store's camera is committed once the wheel stops.
    await expect.poll(() => page.evaluate(() => window.__journeyboard!.camera().y)).toBeCloseTo(now.y - 300, 0);
  });

  test('zoom around the pointer with Ctrl+wheel (pinch), keys, fit, selection, 100% and limits', async ({ page }) => {
    await openBoard(page);
    const id = await typeNewNote(page, await cellCentre(page, 1, 1), 'Reads reviews');
    const anchor = await noteCentre(page, id);
    await page.mouse.move(anchor.x, anchor.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await frames(page);
    const zoomed = await camera(page);
    expect(zoomed.zoom).toBeGreaterThan(0.5);
    // The note under the pointer stays under the pointer.
    const after = await noteCentre(page, id);
    expect(after.x).toBeCloseTo(anchor.x, 0);
    expect(after.y).toBeCloseTo(anchor.y, 0);
    await expect(page.getByTestId('zoom-level')).toHaveText(`${Math.round(zoomed.zoom * 100)} %`);

    await page.keyboard.press('Control+Digit0');
    expect((await camera(page)).zoom).toBe(1);
    await page.keyboard.press('+');
    expect((await camera(page)).zoom).toBe(1.25);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect((await camera(page)).zoom).toBe(0.8);
    await page.keyboard.press('Shift+Digit1');
    const fit = await camera(page);
    expect(fit.zoom).toBeLessThan(0.5);
    await screens(page, 'view-fit');

    await page.mouse.click(after.x, after.y);
    const selected = await noteCentre(page, id);
    await page.mouse.click(selected.x, selected.y);
    await page.keyboard.press('Shift+Digit2');
    expect((await camera(page)).zoom).toBe(2);
    await screens(page, 'view-selection');

    // Limits: far in and far out stop at 400% and 2%.
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    expect((await camera(page)).zoom).toBe(4);
    for (let i = 0; i < 30; i++) await page.keyboard.press('-');
    expect((await camera(page)).zoom).toBe(0.02);
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    expect((await camera(page)).zoom).toBeCloseTo(fit.zoom, 3);
  });

  test('the minimap shows the board and moves the view on click', async ({ page }) => {
    await openBoard(page, { template: 'exampleShop' });
    await page.keyboard.press('Control+Digit0');
    const before = await camera(page);
    const minimap = page.getByTestId('minimap');
    await expect(minimap).toBeVisible();
    const box = (await minimap.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.8);
    const after = await camera(page);
    expect(after.zoom).toBe(1);
    expect(after.x).toBeLessThan(before.x - 200);
    expect(after.y).toBeLessThan(before.y - 200);
    await screens(page, 'view-minimap');
    await drag(page, { x: box.x + 10, y: box.y + 10 }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect((await camera(page)).x).toBeGreaterThan(after.x);
  });
});
