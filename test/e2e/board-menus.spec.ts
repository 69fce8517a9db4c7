import { expect, test } from '@playwright/test';
import { cellCentre, journey, noteCentre, openBoard, screens, selectedNoteIds, typeNewNote } from './board-helpers';

test.describe('menus', () => {
  test('right-click opens a context menu for a note and for empty paper', async ({ page }) => {
    const start = await openBoard(page);
    const id = await typeNewNote(page, await cellCentre(page, 0, 0), 'Trade fair booth');
    await page.keyboard.press('Escape');
    const c = await noteCentre(page, id);
    await page.mouse.click(c.x, c.y, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await expect(menu).toBeVisible();
    expect(await selectedNoteIds(page)).toEqual([id]);
    await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toContainText('Ctrl+D');
    await screens(page, 'menu-note');
    await menu.locator('[data-colour=pink]').click();
    await expect(menu).toHaveCount(0);
    expect((await journey(page))!.notes[0]!.colour).toBe('pink');

    await page.mouse.click(c.x, c.y, { button: 'right' });
    await menu.getByRole('menuitem', { name: 'Duplicate' }).click();
    expect((await journey(page))!.notes).toHaveLength(2);

    // On empty paper: a new note exactly there.
    const cell = await cellCentre(page, 2, 6);
    await page.mouse.click(cell.x, cell.y, { button: 'right' });
    await menu.getByRole('menuitem', { name: 'New note' }).click();
    await page.keyboard.type('Repeat purchase rate');
    await page.keyboard.press('Escape');
    const kpi = (await journey(page))!.notes.find((n) => n.text === 'Repeat purchase rate')!;
    expect(kpi).toMatchObject({ phaseId: start.phases[2]!.id, laneId: start.lanes[6]!.id, kind: 'kpi', colour: 'orange' });

    // Keyboard: arrows move through the menu, Escape closes it.
    await page.mouse.click(cell.x, cell.y, { button: 'right' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  });

  test('? shows every shortcut, in English and German', async ({ page }) => {
    await openBoard(page);
    await page.keyboard.press('?');
    const overview = page.getByTestId('shortcut-overview');
    await expect(overview).toBeVisible();
    await expect(overview).toContainText('Zoom to fit');
    await expect(overview).toContainText('Shift+1');
    await expect(overview).toContainText('Space + drag');
    await screens(page, 'shortcuts-en');
    await page.keyboard.press('Escape');
    await expect(overview).toHaveCount(0);

    await page.getByTestId('language-switch').selectOption('de');
    await page.keyboard.press('?');
    await expect(overview).toContainText('Tastenkürzel');
    await expect(overview).toContainText('Alles zeigen');
    await expect(overview).toContainText('Umschalt+1');
    await screens(page, 'shortcuts-de');
    await page.keyboard.press('?');
    await expect(overview).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Neue Notiz' })).toBeVisible();
    await screens(page, 'board-de');
  });

  test('the side panel lists phases and lanes: rename, hide a lane, choose what it collects', async ({ page }) => {
    await openBoard(page);
    await page.getByRole('button', { name: 'Side panel' }).click();
    const panel = page.getByTestId('structure-panel');
    await expect(panel).toBeVisible();
    const titles = panel.getByRole('textbox', { name: 'Phase name' });
    await titles.first().fill('Inspiration');
    await titles.first().press('Enter');
    expect((await journey(page))!.phases[0]!.title).toBe('Inspiration');
    await panel.getByRole('button', { name: 'Show / hide lane' }).nth(2).click();
    expect((await journey(page))!.lanes[2]!.hidden).toBe(true);
    await panel.getByRole('combobox', { name: 'What this lane collects' }).nth(0).selectOption('opportunity');
    expect((await journey(page))!.lanes[0]!.kind).toBe('opportunity');
    await screens(page, 'side-panel');
    await page.keyboard.press('Control+z');
    expect((await journey(page))!.lanes[0]!.kind).toBe('touchpoint');
  });
});
