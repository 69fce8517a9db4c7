import { expect, test, type Page } from '@playwright/test';
import { cellCentre, drag, frames, journey, noteCentre, noteRect, openBoard, screens, selectedNoteIds, typeNewNote } from './board-helpers';

async function threeNotes(page: Page): Promise<string[]> {
  const a = await typeNewNote(page, await cellCentre(page, 0, 0), 'Search engine');
  const b = await typeNewNote(page, await cellCentre(page, 1, 0), 'Product page');
  const c = await typeNewNote(page, await cellCentre(page, 2, 0), 'Order confirmation');
  return [a, b, c];
}

test.describe('selection', () => {
  test('click, Shift-click and Ctrl-click, marquee, Ctrl+A, Escape', async ({ page }) => {
    await openBoard(page);
    const [a, b, c] = await threeNotes(page);
    const pa = await noteCentre(page, a!);
    await page.mouse.click(pa.x, pa.y);
    expect(await selectedNoteIds(page)).toEqual([a]);
    const pb = await noteCentre(page, b!);
    await page.keyboard.down('Shift');
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    expect((await selectedNoteIds(page)).sort()).toEqual([a, b].sort());
    await page.keyboard.down('Control');
    await page.mouse.click(pa.x, pa.y);
    await page.keyboard.up('Control');
    expect(await selectedNoteIds(page)).toEqual([b]);

    // A marquee from empty paper above-left of the first note to below-right of the second.
    const ra = await noteRect(page, a!);
    const rb = await noteRect(page, b!);
    await page.keyboard.press('Escape');
    expect(await selectedNoteIds(page)).toEqual([]);
    await page.mouse.move(ra.x - 10, ra.y - 12);
    await page.mouse.down();
    await page.mouse.move(rb.x + rb.width + 10, rb.y + rb.height + 10, { steps: 6 });
    await screens(page, 'selection-marquee');
    await page.mouse.up();
    expect((await selectedNoteIds(page)).sort()).toEqual([a, b].sort());

    await page.keyboard.press('Control+a');
    expect((await selectedNoteIds(page)).sort()).toEqual([a, b, c].sort());
    await screens(page, 'selection-all');
  });

  test('move, recolour, duplicate, nudge and delete a selection, each one undo step', async ({ page }) => {
    const start = await openBoard(page);
    const [a, b] = await threeNotes(page);
    await page.mouse.click(...Object.values(await noteCentre(page, a!)) as [number, number]);
    await page.keyboard.down('Shift');
    await page.mouse.click(...Object.values(await noteCentre(page, b!)) as [number, number]);
    await page.keyboard.up('Shift');

    // Drag both down one lane.
    const from = await noteCentre(page, a!);
    const lane1 = await cellCentre(page, 0, 1);
    await drag(page, from, { x: from.x, y: lane1.y });
    let notes = (await journey(page))!.notes;
    expect(notes.find((n) => n.id === a)!.laneId).toBe(start.lanes[1]!.id);
    expect(notes.find((n) => n.id === b)!.laneId).toBe(start.lanes[1]!.id);

    await page.locator('.board-toolbar [data-colour=green]').click();
    notes = (await journey(page))!.notes;
    expect(notes.filter((n) => n.colour === 'green').map((n) => n.id).sort()).toEqual([a, b].sort());

    const before = notes.find((n) => n.id === a)!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    notes = (await journey(page))!.notes;
    expect(notes.find((n) => n.id === a)!.x).toBe(before.x + 8);
    expect(notes.find((n) => n.id === a)!.y).toBe(before.y + 48);

    await page.keyboard.press('Control+d');
    notes = (await journey(page))!.notes;
    expect(notes).toHaveLength(5);
    const copies = await selectedNoteIds(page);
    expect(copies).toHaveLength(2);
    expect(copies).not.toContain(a);

    await page.keyboard.press('Delete');
    expect((await journey(page))!.notes).toHaveLength(3);
    // Delete, duplicate, nudge x2, recolour, move: six steps back to the start.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Control+z');
    notes = (await journey(page))!.notes;
    expect(notes.find((n) => n.id === a)).toMatchObject({ laneId: start.lanes[0]!.id, colour: 'yellow' });
  });

  test('align and distribute from the toolbar', async ({ page }) => {
    await openBoard(page);
    const ids = await threeNotes(page);
    // Stagger the middle note, then align their tops again.
    const mid = await noteCentre(page, ids[1]!);
    await drag(page, mid, { x: mid.x, y: mid.y + 20 });
    await page.keyboard.press('Control+a');
    await page.getByTestId('arrange-menu').click();
    await page.getByRole('menuitem', { name: 'Align top' }).click();
    const rects = await Promise.all(ids.map((id) => noteRect(page, id)));
    expect(new Set(rects.map((r) => Math.round(r.y))).size).toBe(1);
    await page.getByTestId('arrange-menu').click();
    await screens(page, 'selection-arrange-menu');
    await page.getByRole('menuitem', { name: 'Distribute horizontally' }).click();
    const after = (await Promise.all(ids.map((id) => noteRect(page, id)))).sort((p, q) => p.x - q.x);
    const gap1 = after[1]!.x - (after[0]!.x + after[0]!.width);
    const gap2 = after[2]!.x - (after[1]!.x + after[1]!.width);
    expect(Math.abs(gap1 - gap2)).toBeLessThan(1);
  });

  test('copy in one journey and paste into another through the system clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBoard(page, { title: 'Source journey' });
    const [a, b] = await threeNotes(page);
    const pa = await noteCentre(page, a!);
    await page.mouse.click(pa.x, pa.y);
    await page.keyboard.down('Shift');
    const pb = await noteCentre(page, b!);
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied).notes).toHaveLength(2);

    // Cut removes, paste brings back (same journey).
    await page.keyboard.press('Control+x');
    expect((await journey(page))!.notes).toHaveLength(1);
    const target = await cellCentre(page, 1, 3);
    await page.mouse.move(target.x, target.y);
    await page.keyboard.press('Control+v');
    expect((await journey(page))!.notes).toHaveLength(3);

    await page.getByTestId('back-to-library').click();
    const second = await openBoard(page, { title: 'Target journey' });
    const there = await cellCentre(page, 1, 2);
    await page.mouse.move(there.x, there.y);
    await page.keyboard.press('Control+v');
    await frames(page);
    const pasted = (await journey(page))!;
    expect(pasted.id).toBe(second.id);
    expect(pasted.notes.map((n) => n.text).sort()).toEqual(['Product page', 'Search engine']);
    // They land in the cell under the pointer and take that lane's kind.
    expect(pasted.notes.every((n) => n.laneId === second.lanes[2]!.id && n.kind === 'thought')).toBe(true);
    expect((await selectedNoteIds(page)).length).toBe(2);
    await screens(page, 'selection-pasted');
  });
});
