import { expect, test, type Page } from '@playwright/test';
import { cellCentre, drag, frames, journey, noteCentre, openBoard, screens, typeNewNote } from './board-helpers';

async function phaseHeader(page: Page, index: number) {
  const id = (await journey(page))!.phases[index]!.id;
  return (await page.evaluate((phaseId) => window.__journeyboard!.phaseHeaderClientRect(phaseId), id))!;
}
async function laneHeader(page: Page, index: number) {
  const id = (await journey(page))!.lanes[index]!.id;
  return (await page.evaluate((laneId) => window.__journeyboard!.laneHeaderClientRect(laneId), id))!;
}

test.describe('the grid', () => {
  test('draws phases and lanes like a flipchart, in handwriting or a plain font', async ({ page }) => {
    await openBoard(page, { template: 'exampleShop' });
    await screens(page, 'grid-handwriting');
    await page.getByRole('button', { name: 'Handwriting font' }).click();
    expect(await page.evaluate(() => window.__journeyboard!.boardLook().font)).toBe('plain');
    await page.keyboard.press('Control+Digit0');
    await screens(page, 'grid-plain');
    // The choice is remembered on this machine.
    await page.reload();
    await page.getByTestId('journey-open').first().click();
    await expect(page.getByTestId('board-canvas')).toBeVisible();
    expect(await page.evaluate(() => window.__journeyboard!.boardLook().font)).toBe('plain');
  });

  test('add a phase with the + tab, rename it by double-click, reorder it by drag', async ({ page }) => {
    await openBoard(page);
    const last = await phaseHeader(page, 2);
    await page.mouse.click(last.x + last.width + 12 + 10, last.y + last.height / 2);
    await expect(page.getByTestId('title-editor')).toBeFocused();
    await page.keyboard.type('Loyalty');
    await page.keyboard.press('Enter');
    let j = (await journey(page))!;
    expect(j.phases.map((p) => p.title)).toEqual(['Before purchase', 'During purchase', 'After purchase', 'Loyalty']);

    const first = await phaseHeader(page, 0);
    await page.mouse.dblclick(first.x + first.width / 2, first.y + first.height / 2);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Awareness');
    await page.keyboard.press('Enter');
    expect((await journey(page))!.phases[0]!.title).toBe('Awareness');

    // Drag "Loyalty" to the front.
    const loyalty = await phaseHeader(page, 3);
    await drag(page, { x: loyalty.x + loyalty.width / 2, y: loyalty.y + loyalty.height / 2 }, { x: first.x + 10, y: first.y + first.height / 2 });
    j = (await journey(page))!;
    expect(j.phases.map((p) => p.title)).toEqual(['Loyalty', 'Awareness', 'During purchase', 'After purchase']);
    await page.keyboard.press('Control+z');
    expect((await journey(page))!.phases[0]!.title).toBe('Awareness');

    // Lanes: the toolbar adds one at the end, a drag moves it up.
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.keyboard.type('Channels');
    await page.keyboard.press('Enter');
    j = (await journey(page))!;
    expect(j.lanes.at(-1)!.title).toBe('Channels');
    await page.keyboard.press('Shift+Digit1');
    const channels = await laneHeader(page, 7);
    const top = await laneHeader(page, 0);
    await drag(page, { x: channels.x + channels.width / 2, y: channels.y + channels.height / 2 }, { x: top.x + top.width / 2, y: top.y + 10 });
    expect((await journey(page))!.lanes[0]!.title).toBe('Channels');
    await screens(page, 'grid-structure');
  });

  test('resize a phase and a lane by their header edges; cells grow to fit their notes', async ({ page }) => {
    await openBoard(page);
    const start = (await journey(page))!;
    const header = await phaseHeader(page, 0);
    const edge = { x: header.x + header.width, y: header.y + header.height / 2 };
    const zoom = (await page.evaluate(() => window.__journeyboard!.liveCamera()!)).zoom;
    await drag(page, edge, { x: edge.x + 100 * zoom, y: edge.y });
    let j = (await journey(page))!;
    expect(j.phases[0]!.width).toBeCloseTo(start.phases[0]!.width + 100, -1);
    // One drag, one undo step.
    await page.keyboard.press('Control+z');
    expect((await journey(page))!.phases[0]!.width).toBe(start.phases[0]!.width);

    const lane = await laneHeader(page, 1);
    const bottom = { x: lane.x + lane.width / 2, y: lane.y + lane.height };
    await drag(page, bottom, { x: bottom.x, y: bottom.y + 60 * zoom });
    expect((await journey(page))!.lanes[1]!.height).toBeCloseTo(start.lanes[1]!.height + 60, -1);

    // A note dropped near the right edge of a cell widens its column.
    const id = await typeNewNote(page, await cellCentre(page, 0, 0), 'Trade fair');
    const c = await noteCentre(page, id);
    await drag(page, c, { x: header.x + header.width - 20 * zoom, y: c.y });
    j = (await journey(page))!;
    const note = j.notes[0]!;
    expect(note.phaseId).toBe(start.phases[0]!.id);
    expect(j.phases[0]!.width).toBeGreaterThanOrEqual(note.x + note.width + 16);
    expect(j.phases[0]!.width).toBeGreaterThan(start.phases[0]!.width);
  });

  test('remove a phase: the dialog asks whether its notes move to the neighbour or are deleted', async ({ page }) => {
    await openBoard(page);
    const start = (await journey(page))!;
    await typeNewNote(page, await cellCentre(page, 1, 0), 'Checkout');
    const header = await phaseHeader(page, 1);
    await page.mouse.click(header.x + header.width / 2, header.y + header.height / 2, { button: 'right' });
    await page.getByTestId('context-menu').getByRole('menuitem', { name: 'Remove phase…' }).click();
    const dialog = page.getByTestId('remove-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('During purchase');
    await screens(page, 'grid-remove-dialog');
    await dialog.getByTestId('remove-move-notes').click();
    let j = (await journey(page))!;
    expect(j.phases.map((p) => p.title)).toEqual(['Before purchase', 'After purchase']);
    expect(j.notes[0]!.phaseId).toBe(start.phases[0]!.id);

    await page.keyboard.press('Control+z');
    j = (await journey(page))!;
    expect(j.phases).toHaveLength(3);
    expect(j.notes[0]!.phaseId).toBe(start.phases[1]!.id);

    await page.mouse.click(header.x + header.width / 2, header.y + header.height / 2, { button: 'right' });
    await page.getByTestId('context-menu').getByRole('menuitem', { name: 'Remove phase…' }).click();
    await page.getByTestId('remove-delete-notes').click();
    j = (await journey(page))!;
    expect(j.phases).toHaveLength(2);
    expect(j.notes).toHaveLength(0);
    await frames(page);
  });
});
