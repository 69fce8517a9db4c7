/**
 * About (issue 11): in the browser build the header's Help menu opens it (the desktop app has it
 * in its native menu); it names the app, its version and the licences of the bundled packages,
 * in English and German.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freshApp } from './import-helpers';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

for (const [language, help, about, licences] of [
  ['en', 'Help', 'About Journeyboard', 'Licences of the bundled software'],
  ['de', 'Hilfe', 'Über Journeyboard', 'Lizenzen der mitgelieferten Software'],
] as const) {
  test(`Help > About shows the name, version and licences (${language})`, async ({ page }) => {
    await freshApp(page, language);
    await page.getByTestId('help-menu').click();
    await expect(page.getByTestId('help-menu')).toHaveAttribute('aria-label', help);
    await page.getByRole('menuitem', { name: about }).click();
    const dialog = page.getByTestId('about-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: about })).toBeVisible();
    await expect(dialog.getByTestId('about-version')).toContainText(version);
    await expect(dialog.getByRole('heading', { name: licences })).toBeVisible();
    const list = dialog.getByTestId('about-licences');
    await expect(list.getByText(/^react \d+\.\d+\.\d+ · MIT$/)).toBeVisible();
    await expect(list.getByText(/^dexie [\d.]+ · Apache-2\.0$/)).toBeVisible();
    // Test-only packages are not shipped, so they are not listed.
    await expect(list.getByText(/^fast-png /)).toHaveCount(0);
    await list.getByText(/^konva /).click();
    await expect(list.locator('pre').filter({ hasText: 'MIT License' }).first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/about-${language}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
}
