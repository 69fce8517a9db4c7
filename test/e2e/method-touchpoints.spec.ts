import { expect, test } from '@playwright/test';
import { cellCentre, focusNoteAt100, frames, journey, noteCentre, noteRect, selectedNoteIds, typeNewNote } from './board-helpers';
import { choose, openMethodBoard, openPanel, pixelAt, selectNote, shot } from './method-helpers';

const LABELS = {
  en: { ownership: 'Owned, paid or earned', paid: 'Paid', badgePaid: 'paid' },
  de: { ownership: 'Eigen, bezahlt oder verdient', paid: 'Bezahlt (paid)', badgePaid: 'bezahlt' },
} as const;

for (const language of ['en', 'de'] as const) {
  test(`touchpoint attributes: inspector, badges and highlight (${language})`, async ({ page }) => {
    await openMethodBoard(page, { language, template: 'threePhases', title: 'Attributes' });
    const ad = await typeNewNote(page, await cellCentre(page, 0, 0), 'Instagram ad');
    const review = await typeNewNote(page, await cellCentre(page, 1, 0), 'Review on a portal');
    const thought = await typeNewNote(page, await cellCentre(page, 1, 2), 'Is it any good?');

    await openPanel(page, 'details');
    await selectNote(page, ad);
    await expect(page.getByTestId('touchpoint-inspector')).toBeVisible();
    await expect(page.getByTestId('attribute-ownership')).toContainText(LABELS[language].ownership);
    await expect(page.getByTestId('attribute-ownership').locator('button[data-value="paid"]')).toHaveText(LABELS[language].paid);
    await choose(page, 'attribute-ownership', 'paid');
    await choose(page, 'attribute-directness', 'indirect');
    await choose(page, 'attribute-medium', 'online');
    await choose(page, 'attribute-initiative', 'passive');
    await choose(page, 'attribute-interaction', 'marketingReach');
    await choose(page, 'attribute-experience', 'negative');
    await choose(page, 'attribute-companyRating', '2');
    await choose(page, 'attribute-customerRating', '-1');
    // Keyboard: arrows move along a group, Enter picks.
    await page.getByTestId('attribute-directness').locator('button[data-value="indirect"]').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');

    let j = (await journey(page))!;
    expect(j.notes.find((n) => n.id === ad)!.touchpoint).toEqual({
      ownership: 'paid',
      directness: 'direct',
      medium: 'online',
      initiative: 'passive',
      interaction: 'marketingReach',
      experience: 'negative',
      companyRating: 2,
      customerRating: -1,
    });
    await expect(page.getByTestId('attribute-ownership').locator('button[data-value="paid"]')).toHaveAttribute('aria-pressed', 'true');

    // Two touchpoints at once: a shared value is set on both, a differing one shows as mixed.
    const r = await noteCentre(page, review);
    await page.keyboard.down('Shift');
    await page.mouse.click(r.x, r.y);
    await page.keyboard.up('Shift');
    expect(new Set(await selectedNoteIds(page))).toEqual(new Set([ad, review]));
    await frames(page);
    await expect(page.getByTestId('attribute-ownership').locator('button[aria-pressed="true"]')).toHaveCount(0);
    await choose(page, 'attribute-medium', 'offline');
    j = (await journey(page))!;
    expect(j.notes.filter((n) => n.touchpoint?.medium === 'offline').map((n) => n.id).sort()).toEqual([ad, review].sort());
    await page.locator('[data-action="edit.undo"]').click();
    expect((await journey(page))!.notes.find((n) => n.id === ad)!.touchpoint!.medium).toBe('online');

    // The badges are drawn on the note, big enough for the projector.
    await focusNoteAt100(page, ad);
    const rect = await noteRect(page, ad);
    // Experience "negative": a red disc at the top-right corner.
    const [red, green, blue] = await pixelAt(page, rect.x + rect.width - 27, rect.y + 18);
    expect(red).toBeGreaterThan(150);
    expect(green).toBeLessThan(90);
    expect(blue).toBeLessThan(90);
    // The rating pill (amber: company and customers disagree) at the top-left.
    const pill = await pixelAt(page, rect.x + 9, rect.y + 17);
    expect(pill[0]).toBeGreaterThan(200);
    expect(pill[2]).toBeLessThan(60);
    await shot(page, `touchpoint-badges-${language}`);

    // Highlight the paid touchpoints: the others are veiled.
    await page.getByTestId('highlight-select').selectOption({ value: 'value:ownership:paid' });
    await page.keyboard.press('Shift+Digit1');
    await frames(page);
    const other = await noteRect(page, review);
    const th = await noteRect(page, thought);
    const mine = await noteRect(page, ad);
    const veiled = await pixelAt(page, other.x + other.width / 2, other.y + other.height - 4);
    const veiledThought = await pixelAt(page, th.x + th.width / 2, th.y + th.height - 4);
    const clear = await pixelAt(page, mine.x + mine.width / 2, mine.y + 3);
    // Yellow paper (#fff176) stays yellow; a veiled note turns pale.
    expect(clear[2]).toBeLessThan(150);
    expect(veiled[2]).toBeGreaterThan(190);
    expect(veiledThought[0]).toBeGreaterThan(215);
    await shot(page, `touchpoint-highlight-${language}`);
    await page.getByTestId('highlight-select').selectOption({ value: '' });
    await frames(page);
    const unveiled = await pixelAt(page, other.x + other.width / 2, other.y + other.height - 4);
    expect(unveiled[2]).toBeLessThan(150);
  });
}
