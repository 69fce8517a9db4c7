import { expect, test } from '@playwright/test';
import { frames, journey } from './board-helpers';
import { methodMenu, openMethodBoard, shot } from './method-helpers';

const TEXT = {
  en: { menu: 'Show or hide the guiding questions', customer: 'What does the customer want in this phase?', step: 'What does the customer compare us with?', label: 'Guiding questions for Consideration' },
  de: { menu: 'Leitfragen ein- oder ausblenden', customer: 'Was möchte der Kunde in dieser Phase?', step: 'Womit vergleicht der Kunde uns?', label: 'Leitfragen für Erwägung' },
} as const;

for (const language of ['en', 'de'] as const) {
  test(`guiding questions beside each phase header, on demand (${language})`, async ({ page }) => {
    const start = await openMethodBoard(page, { language, template: 'funnel', title: 'Questions' });
    await expect(page.getByTestId('questions-button')).toHaveCount(0);
    await page.getByTestId('method-menu').click();
    await expect(page.locator('[role=menu] [data-action="method.guidingQuestions"]')).toContainText(TEXT[language].menu);
    await page.keyboard.press('Escape');
    await methodMenu(page, 'method.guidingQuestions');
    await expect(page.getByTestId('questions-button')).toHaveCount(5);

    // The "?" sits at the right end of its phase header.
    const header = (await page.evaluate((id) => window.__journeyboard!.phaseHeaderClientRect(id), start.phases[1]!.id))!;
    const button = page.locator(`[data-testid="questions-button"][data-phase="${start.phases[1]!.id}"]`);
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThan(header.x + header.width / 2);
    expect(box.x + box.width).toBeLessThanOrEqual(header.x + header.width + 1);
    expect(box.y + box.height / 2).toBeGreaterThan(header.y - 20);
    expect(box.y + box.height / 2).toBeLessThan(header.y + header.height + 20);
    await expect(button).toHaveAttribute('aria-label', TEXT[language].label);

    await button.click();
    const card = page.getByTestId('questions-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText(TEXT[language].customer);
    await expect(card).toContainText(TEXT[language].step);
    await shot(page, `questions-${language}`);

    // The buttons follow the board when it zooms.
    await page.getByTestId('board-canvas').click({ position: { x: 5, y: 5 } });
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await page.keyboard.press('Control+Equal');
    await frames(page);
    const moved = (await page.evaluate((id) => window.__journeyboard!.phaseHeaderClientRect(id), start.phases[1]!.id))!;
    const after = (await button.boundingBox())!;
    expect(Math.abs(after.x + after.width + 8 - (moved.x + moved.width))).toBeLessThan(3);

    // Q switches them off again; nothing in the journey changed.
    await page.keyboard.press('q');
    await expect(page.getByTestId('questions-button')).toHaveCount(0);
    expect((await journey(page))!.notes).toEqual([]);
  });
}
