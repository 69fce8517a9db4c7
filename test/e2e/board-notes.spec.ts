import { expect, test } from '@playwright/test';
import { boardPoint, camera, cellCentre, drag, focusNoteAt100, journey, noteCentre, noteRect, openBoard, screens, selectedNoteIds, typeNewNote } from './board-helpers';

test.describe('notes', () => {
  test('double-click creates a note in the cell, typing starts at once, Escape commits', async ({ page }) => {
    const start = await openBoard(page);
    const at = await cellCentre(page, 1, 4);
    await page.mouse.dblclick(at.x, at.y);
    const editor = page.getByTestId('note-editor');
    await expect(editor).toBeVisible();
    await page.keyboard.type('Delivery slot only 8 to 18');
    await screens(page, 'note-typing');
    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    const j = (await journey(page))!;
    expect(j.notes).toHaveLength(1);
    // The pain point lane gives the note its kind and the flipchart's red.
    expect(j.notes[0]).toMatchObject({
      text: 'Delivery slot only 8 to 18',
      phaseId: start.phases[1]!.id,
      laneId: start.lanes[4]!.id,
      kind: 'painPoint',
      colour: 'red',
    });
    await screens(page, 'note-created');
  });

  test('a new note left empty disappears; the toolbar and N create notes too', async ({ page }) => {
    const start = await openBoard(page);
    const at = await cellCentre(page, 0, 0);
    await page.mouse.dblclick(at.x, at.y);
    await expect(page.getByTestId('note-editor')).toBeVisible();
    await page.keyboard.press('Escape');
    expect((await journey(page))!.notes).toHaveLength(0);

    // Toolbar: with a selected cell the note goes into that cell.
    const cell = await cellCentre(page, 2, 1);
    await page.mouse.click(cell.x, cell.y);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.keyboard.type('Tracks the parcel');
    await page.mouse.click(20, 780); // a click outside commits
    let notes = (await journey(page))!.notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'Tracks the parcel', phaseId: start.phases[2]!.id, laneId: start.lanes[1]!.id, colour: 'blue' });

    // N at the pointer.
    const there = await cellCentre(page, 0, 2);
    await page.mouse.move(there.x, there.y);
    await page.keyboard.press('n');
    await page.keyboard.type('Is shipping really free?');
    await page.keyboard.press('Escape');
    notes = (await journey(page))!.notes;
    expect(notes.find((n) => n.text === 'Is shipping really free?')).toMatchObject({ phaseId: start.phases[0]!.id, laneId: start.lanes[2]!.id, kind: 'thought' });
  });

  test('edit by double-click and by Enter; long text shrinks, then the note grows', async ({ page }) => {
    await openBoard(page);
    const id = await typeNewNote(page, await cellCentre(page, 0, 0), 'Instagram ad');
    await focusNoteAt100(page, id);
    expect((await camera(page)).zoom).toBe(1);
    const centre = await noteCentre(page, id);
    await page.mouse.dblclick(centre.x, centre.y);
    const area = page.getByTestId('note-editor').locator('textarea');
    await expect(area).toBeFocused();
    const fontBefore = await area.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.keyboard.type(' with a 10 % voucher for the first order');
    await screens(page, 'note-editing');
    const fontAfter = await area.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontAfter).toBeLessThan(fontBefore);
    await page.keyboard.press('Escape');
    let note = (await journey(page))!.notes.find((n) => n.id === id)!;
    expect(note.text).toBe('Instagram ad with a 10 % voucher for the first order');
    expect(note.height).toBe(120);

    // Enter on the selected note edits it; far more text than fits at the smallest size grows it.
    await page.mouse.click(centre.x, centre.y);
    await page.keyboard.press('Enter');
    await expect(area).toBeFocused();
    await page.keyboard.type(' and a newsletter sign-up with another code that nobody can find in the confirmation email');
    await page.keyboard.press('Escape');
    note = (await journey(page))!.notes.find((n) => n.id === id)!;
    expect(note.height).toBeGreaterThan(120);
    await screens(page, 'note-grown');

    // Zoomed far out the text is grey lines: editing zooms in on the note first.
    for (let i = 0; i < 6; i++) await page.keyboard.press('-');
    expect((await camera(page)).zoom).toBeLessThan(0.25);
    await page.keyboard.press('Enter');
    await expect(area).toBeFocused();
    expect((await camera(page)).zoom).toBe(0.75);
    await page.keyboard.press('Escape');
  });

  test('drag into another cell changes phase and lane; outside the grid the note is free', async ({ page }) => {
    const start = await openBoard(page);
    const id = await typeNewNote(page, await cellCentre(page, 0, 0), 'Comparison portal');
    await drag(page, await noteCentre(page, id), await cellCentre(page, 2, 5));
    let note = (await journey(page))!.notes[0]!;
    expect(note).toMatchObject({ phaseId: start.phases[2]!.id, laneId: start.lanes[5]!.id, kind: 'opportunity', colour: 'green' });
    const grid = await boardPoint(page, -300, 300);
    await drag(page, await noteCentre(page, id), grid);
    note = (await journey(page))!.notes[0]!;
    expect(note.phaseId).toBeNull();
    expect(note.laneId).toBeNull();
    expect(note.x).toBeLessThan(0);
    // One drag is one undo step.
    await page.keyboard.press('Control+z');
    expect((await journey(page))!.notes[0]).toMatchObject({ phaseId: start.phases[2]!.id });
  });

  test('resize with a corner handle; recolour from the palette; the colour-blind-safe set; delete', async ({ page }) => {
    await openBoard(page);
    const id = await typeNewNote(page, await cellCentre(page, 1, 0), 'Store visit');
    await focusNoteAt100(page, id);
    const r = await noteRect(page, id);
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    await drag(page, { x: r.x + r.width, y: r.y + r.height }, { x: r.x + r.width + 80, y: r.y + r.height + 40 });
    let note = (await journey(page))!.notes[0]!;
    expect(note.width).toBe(240);
    expect(note.height).toBe(160);

    await page.locator('.board-toolbar [data-colour=violet]').click();
    expect((await journey(page))!.notes[0]!.colour).toBe('violet');
    await page.keyboard.press('6');
    expect((await journey(page))!.notes[0]!.colour).toBe('blue');
    await page.getByRole('button', { name: 'Colour-blind-safe colours' }).click();
    await expect(page.getByRole('button', { name: 'Colour-blind-safe colours' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => window.__journeyboard!.boardLook().palette)).toBe('colourBlindSafe');
    await screens(page, 'note-colour-blind');
    await page.getByRole('button', { name: 'Colour-blind-safe colours' }).click();

    await page.keyboard.press('Delete');
    expect((await journey(page))!.notes).toHaveLength(0);
    await page.keyboard.press('Control+z');
    note = (await journey(page))!.notes[0]!;
    expect(note.id).toBe(id);
    await page.mouse.click(r.x + 20, r.y + 20);
    await page.keyboard.press('Backspace');
    expect((await journey(page))!.notes).toHaveLength(0);
    expect(await selectedNoteIds(page)).toEqual([]);
  });
});
