import { expect, test } from '@playwright/test';

test('the app opens and switches between English and German', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const switcher = page.getByTestId('language-switch');
  await switcher.selectOption('de');
  await expect(page.getByText('Sprache')).toBeVisible();
  await switcher.selectOption('en');
  await expect(page.getByText('Language', { exact: true })).toBeVisible();
  await switcher.selectOption('de');
  await page.reload();
  await expect(page.getByText('Sprache')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/app-de.png' });
});
