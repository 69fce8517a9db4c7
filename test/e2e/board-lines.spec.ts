import { expect, test } from '@playwright/test';
import { cellCentre, drag, frames, journey, noteRect, openBoard, screens, typeNewNote } from './board-helpers';

test('lines: draw from an edge handle, follow the notes, label, arrow or line, select and delete', async ({ page }) => {
  await openBoard(page);
  const a = await typeNewNote(page, await cellCentre(page, 0, 0), 'Newsletter');
  const b = await typeNewNote(page, await cellCentre(page, 1, 0), 'Shop visit');
  await page.keyboard.press('Escape');

  // Hover the first note: its edge handles appear 16 screen pixels outside its right edge.
  const ra = await noteRect(page, a);
  await page.mouse.move(ra.x + ra.width / 2, ra.y + ra.height / 2);
  await frames(page);
  const handle = { x: ra.x + ra.width + 16, y: ra.y + ra.height / 2 };
  const rb = await noteRect(page, b);
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  await page.mouse.move(rb.x + rb.width / 2, rb.y + rb.height / 2, { steps: 10 });
  await screens(page, 'line-drawing');
  await page.mouse.up();
  let j = (await journey(page))!;
  expect(j.connectors).toHaveLength(1);
  const line = j.connectors[0]!;
  expect(line).toMatchObject({ from: a, to: b, arrow: true, label: '' });

  // The line follows a moved note.
  const before = await page.evaluate((id) => window.__journeyboard!.connectorClientMidpoint(id), line.id);
  await drag(page, { x: rb.x + rb.width / 2, y: rb.y + rb.height / 2 }, { x: rb.x + rb.width / 2, y: rb.y + rb.height / 2 + 60 });
  const after = await page.evaluate((id) => window.__journeyboard!.connectorClientMidpoint(id), line.id);
  expect(after!.y).toBeGreaterThan(before!.y + 20);

  // Double-click the line to label it.
  await page.mouse.dblclick(after!.x, after!.y);
  await expect(page.getByTestId('title-editor')).toBeFocused();
  await page.keyboard.type('leads to');
  await page.keyboard.press('Enter');
  j = (await journey(page))!;
  expect(j.connectors[0]!.label).toBe('leads to');
  await screens(page, 'line-labelled');

  // Right-click: plain line instead of an arrow.
  await page.mouse.click(after!.x, after!.y, { button: 'right' });
  await page.getByTestId('context-menu').getByRole('menuitem', { name: 'Arrow / plain line' }).click();
  expect((await journey(page))!.connectors[0]!.arrow).toBe(false);

  // Click selects the line; Delete removes it and leaves the notes.
  await page.mouse.click(after!.x, after!.y);
  expect(await page.evaluate(() => window.__journeyboard!.selectedConnectorIds())).toEqual([line.id]);
  await page.keyboard.press('Delete');
  j = (await journey(page))!;
  expect(j.connectors).toHaveLength(0);
  expect(j.notes).toHaveLength(2);
  await page.keyboard.press('Control+z');
  expect((await journey(page))!.connectors).toHaveLength(1);
});
