/**
 * Two windows, one journey (issue 4): the same journey open in two tabs of one browser. An
 * edit in one shows in the other at once, edits from both are kept (in memory and in
 * storage), and undo in one window takes back only that window's own edit.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellCentre, frames, typeNewNote } from './board-helpers';
import { card, reportPageErrors } from './library-helpers';

const texts = (page: Page) => page.evaluate(() => window.__journeyboard!.journey()?.notes.map((n) => n.text).sort() ?? []);

async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await card(page, title).getByTestId('journey-open').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
}

/** Resolves in `page` with the time the note text first appears in its store. */
function whenNoteAppears(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (window.__journeyboard!.journey()?.notes.some((n) => n.text === wanted)) resolve(Date.now());
          else setTimeout(check, 1);
        };
        check();
      }),
    text,
  );
}

test('an edit in one tab shows in the other at once, edits from both are kept, undo stays local', async ({ context }) => {
  const facilitator = await context.newPage();
  reportPageErrors(facilitator);
  await facilitator.goto('/');
  await facilitator.getByTestId('new-journey').click();
  await facilitator.getByTestId('new-journey-title').fill('Two windows');
  await facilitator.getByTestId('new-journey-create').click();
  await expect(facilitator.getByTestId('board-canvas')).toBeVisible();
  await facilitator.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(facilitator);

  const second = await context.newPage();
  reportPageErrors(second);
  await openFromLibrary(second, 'Two windows');

  // One tab types; the other sees the note as soon as it is committed.
  const at = await cellCentre(facilitator, 0, 0);
  await facilitator.mouse.dblclick(at.x, at.y);
  await facilitator.keyboard.type('Newsletter');
  const seen = whenNoteAppears(second, 'Newsletter');
  // When the Escape that commits the note reaches this tab's page.
  await facilitator.evaluate(() =>
    window.addEventListener('keydown', (e) => e.key === 'Escape' && ((window as unknown as { __escAt: number }).__escAt = Date.now()), { capture: true, once: true }),
  );
  await facilitator.keyboard.press('Escape');
  const arrivedAt = await seen;
  const pressedAt = await facilitator.evaluate(() => (window as unknown as { __escAt: number }).__escAt);
  console.log(`live sync: the note was in the other tab's store ${arrivedAt - pressedAt} ms after the committing key reached this tab`);
  expect(await texts(second)).toEqual(['Newsletter']);
  // Not an undo step in the window that only received it.
  expect(await second.evaluate(() => window.__journeyboard!.canUndo())).toBe(false);

  // Both tabs edit; both keep both.
  await typeNewNote(second, await cellCentre(second, 1, 0), 'From the second tab');
  await typeNewNote(facilitator, await cellCentre(facilitator, 2, 0), 'From the facilitator');
  await expect.poll(() => texts(facilitator)).toEqual(['From the facilitator', 'From the second tab', 'Newsletter']);
  await expect.poll(() => texts(second)).toEqual(['From the facilitator', 'From the second tab', 'Newsletter']);

  // Undo in the second tab takes back its own note only, in both tabs.
  await second.getByTestId('board-canvas').click({ position: { x: 5, y: 5 } });
  await second.keyboard.press('Control+z');
  await expect.poll(() => texts(second)).toEqual(['From the facilitator', 'Newsletter']);
  await expect.poll(() => texts(facilitator)).toEqual(['From the facilitator', 'Newsletter']);
  await second.screenshot({ path: 'test-results/screens/storage-sync-second-tab.png' });

  // What both windows hold is what storage holds.
  await facilitator.getByTestId('back-to-library').click();
  await second.getByTestId('back-to-library').click();
  const third = await context.newPage();
  await openFromLibrary(third, 'Two windows');
  expect(await texts(third)).toEqual(['From the facilitator', 'Newsletter']);
});

test('a tab that opens the journey later catches up, and the library follows renames', async ({ context }) => {
  const first = await context.newPage();
  reportPageErrors(first);
  await first.goto('/');
  await first.getByTestId('new-journey').click();
  await first.getByTestId('new-journey-title').fill('Catch up');
  await first.getByTestId('new-journey-create').click();
  await expect(first.getByTestId('board-canvas')).toBeVisible();
  await first.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(first);

  const library = await context.newPage();
  await library.goto('/');
  await expect(card(library, 'Catch up')).toContainText('0 notes');
  await typeNewNote(first, await cellCentre(first, 0, 0), 'Counted elsewhere');
  // The other tab's library reloads its list when this tab's journey changes.
  await expect(card(library, 'Catch up')).toContainText('1 note');

  // Renaming in the library reaches the tab that has the journey open.
  await card(library, 'Catch up').getByRole('button', { name: 'Rename “Catch up”' }).click();
  await library.getByTestId('rename-input').fill('Caught up');
  await library.keyboard.press('Enter');
  await expect.poll(() => first.evaluate(() => window.__journeyboard!.journey()?.title)).toBe('Caught up');

  // A tab opening now sees everything, even what the other tab has not stored yet.
  const late = await context.newPage();
  await late.goto('/');
  await expect(card(late, 'Caught up')).toBeVisible();
  await typeNewNote(first, await cellCentre(first, 1, 1), 'Just typed');
  await card(late, 'Caught up').getByTestId('journey-open').click();
  await expect.poll(() => texts(late)).toEqual(['Counted elsewhere', 'Just typed']);
});
