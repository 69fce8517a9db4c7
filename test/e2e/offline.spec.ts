/**
 * Offline by construction: the app never reaches past the machine it runs on. Every request
 * that is not to the local test server is recorded and aborted; the test walks through the
 * library, a board and an import of hostile HTML in note text, then asserts none happened.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureEnvelope } from '../fixtures/fixtures';
import { importThroughInput, freshApp, openedJourneyTitle } from './import-helpers';

function recordRemoteRequests(page: Page): string[] {
  const remote: string[] = [];
  void page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = (url.protocol === 'http:' || url.protocol === 'ws:') && url.hostname === '127.0.0.1';
    const inline = url.protocol === 'data:' || url.protocol === 'blob:';
    if (local || inline) return route.continue();
    remote.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return remote;
}

test('the app makes no request beyond the local machine, even for HTML in a note', async ({ page }) => {
  const remote = recordRemoteRequests(page);
  await freshApp(page);

  const envelope = fixtureEnvelope();
  const hostile = '<img src="https://example.com/pixel.png"><script>fetch("https://example.com/x")</script>';
  envelope.journey.id = 'offline-check-journey';
  envelope.journey.title = 'Offline check';
  envelope.journey.notes[0]!.text = hostile;
  envelope.journey.persona.name = '<img src=https://example.com/persona.png>';
  await importThroughInput(page, {
    name: 'offline.journey.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(envelope), 'utf8'),
  });
  expect(await openedJourneyTitle(page)).toBe('Offline check');

  // The text is kept literally: shown, never interpreted.
  const first = await page.evaluate(() => window.__journeyboard!.journey()!.notes[0]!.text);
  expect(first).toBe(hostile);
  const before = await page.evaluate(() => window.__journeyboard!.camera());
  await page.keyboard.press('Shift+1');
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.camera())).not.toEqual(before);
  await page.screenshot({ path: 'test-results/screens/offline-board.png' });

  // Back to the library, whose cards render thumbnails and persona names.
  await page.getByTestId('back-to-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.locator('img[src^="https://"]')).toHaveCount(0);
  expect(remote).toEqual([]);
});
