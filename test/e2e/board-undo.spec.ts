import { expect, test } from '@playwright/test';
import { cellCentre, drag, journey, noteCentre, openBoard, typeNewNote } from './board-helpers';

test('undo and redo: a typing session and a drag are one step each; keys and toolbar run the same actions', async ({ page }) => {
  const start = await openBoard(page);
  const id = await typeNewNote(page, await cellCentre(page, 0, 0), 'Word of mouth');
  expect(await page.evaluate(() => window.__journeyboard!.canUndo())).toBe(true);

  // Edit: one long typing session.
  const c = await noteCentre(page, id);
  await page.mouse.dblclick(c.x, c.y);
  await page.keyboard.press('End');
  await page.keyboard.type(' from friends and family');
  await page.keyboard.press('Escape');
  await drag(page, c, await cellCentre(page, 2, 0));
  let note = (await journey(page))!.notes[0]!;
  expect(note).toMatchObject({ text: 'Word of mouth from friends and family', phaseId: start.phases[2]!.id });

  await page.keyboard.press('Control+z');
  note = (await journey(page))!.notes[0]!;
  expect(note).toMatchObject({ text: 'Word of mouth from friends and family', phaseId: start.phases[0]!.id });
  await page.keyboard.press('Control+z');
  expect((await journey(page))!.notes[0]!.text).toBe('Word of mouth');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await journey(page))!.notes).toHaveLength(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.keyboard.press('Control+Shift+z');
  expect((await journey(page))!.notes[0]!.text).toBe('Word of mouth');
  await page.keyboard.press('Control+y');
  expect((await journey(page))!.notes[0]!.text).toBe('Word of mouth from friends and family');
  await page.getByRole('button', { name: 'Redo' }).click();
  expect((await journey(page))!.notes[0]!.phaseId).toBe(start.phases[2]!.id);
  expect(await page.evaluate(() => window.__journeyboard!.canRedo())).toBe(false);
});
