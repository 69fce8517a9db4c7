/**
 * Shared steps of the library and storage end-to-end tests. They drive the UI with real
 * pointer and keyboard events; state is read through the read-only test hook or the screen.
 */
import { expect, type Page } from '@playwright/test';

/** Uncaught errors in the page are printed, so a failing step shows its cause. */
export function reportPageErrors(page: Page): void {
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}\n${error.stack ?? ''}`));
}

export async function freshLibrary(page: Page, language: 'en' | 'de' = 'en'): Promise<void> {
  reportPageErrors(page);
  await page.goto('/');
  await page.evaluate((lang) => localStorage.setItem('journeyboard.language', lang), language);
  await page.reload();
  await expect(page.getByTestId('library')).toBeVisible();
}

/** Creates a journey through "New journey" and waits for its board. */
export async function createJourneyViaUi(page: Page, options: { template: string; title: string }): Promise<void> {
  await page.getByTestId('new-journey').click();
  const dialog = page.getByTestId('new-journey-dialog');
  await expect(dialog).toBeVisible();
  const option = dialog.locator('label.template-option').filter({ has: page.getByText(options.template, { exact: true }) });
  await option.click();
  await expect(option.getByRole('radio')).toBeChecked();
  await dialog.getByTestId('new-journey-title').fill(options.title);
  await dialog.getByTestId('new-journey-create').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard?.screen())).toBe('board');
}

export async function backToLibrary(page: Page): Promise<void> {
  await page.getByTestId('back-to-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
}

export function card(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });
}
