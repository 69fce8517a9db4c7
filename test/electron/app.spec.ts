/**
 * The desktop app itself, driven by Playwright's Electron support: the window, its app://
 * origin, the CSP header, a renderer without Node, and the native menu reaching the renderer.
 * It needs an Electron binary; where `require('electron')` yields none (the download is blocked
 * on the build machines) it is skipped, and the same behaviour is covered by the unit tests of
 * electron/ with a fake Electron.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { electronBinary } from '../../scripts/start.mjs';

const binary = electronBinary();
test.skip(binary === null, 'No Electron binary here: require("electron") yields none (its download is blocked on this machine).');

let app: ElectronApplication;
let page: Page;
let home: string;

test.beforeAll(async () => {
  // A fresh profile: the app's user-data folder lives under these (per OS), never the real one.
  home = mkdtempSync(join(tmpdir(), 'jb-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  rmSync(home, { recursive: true, force: true });
});

test('opens one window titled Journeyboard on the app:// origin', async () => {
  expect(app.windows()).toHaveLength(1);
  await expect(page).toHaveTitle('Journeyboard');
  expect(page.url()).toBe('app://journeyboard/index.html');
  expect(await page.evaluate(() => location.origin)).toBe('app://journeyboard');
});

test('sends the CSP as a header equal to the meta tag, and enforces it', async () => {
  const header = await app.evaluate(async ({ net }) => (await net.fetch('app://journeyboard/index.html')).headers.get('content-security-policy'));
  expect(header).toBe(CONTENT_SECURITY_POLICY);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
  const fetched = await page.evaluate(() => fetch('https://example.org/').then(() => 'fetched', () => 'refused'));
  expect(fetched).toBe('refused');
});

test('gives the renderer no Node and only the named verbs', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
    api: Object.entries(window.journeyboard ?? {}).map(([name, value]) => `${name}:${typeof value}`),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.module).toBe('undefined');
  expect(globals.api).toContain('openJourneyFile:function');
  expect(globals.api.every((entry) => entry.endsWith(':function'))).toBe(true);
  expect(globals.api.some((entry) => entry.startsWith('ipcRenderer') || entry.startsWith('invoke'))).toBe(false);
});

test('a native menu item reaches the renderer as its menu action', async () => {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenMenuActions: string[] }).seenMenuActions = seen;
    window.journeyboard!.onMenuAction((action) => seen.push(action));
  });
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('help.shortcuts')!.click());
  await expect.poll(() => page.evaluate(() => (window as unknown as { seenMenuActions: string[] }).seenMenuActions)).toEqual(['help.shortcuts']);
});
