import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the web build in Debian's chromium: the Electron binary cannot be
 * downloaded on the build machines, and everything the renderer does must work in a browser.
 * E2E_PORT lets several runs share one machine; E2E_DEV=1 serves the sources through Vite's dev
 * server instead of building first.
 */
const port = Number(process.env.E2E_PORT ?? 47320);
const dev = process.env.E2E_DEV === '1';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  // Per-port, so a run does not wipe the screenshots (test-results/screens) of another.
  outputDir: `test-results/playwright-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    screenshot: 'only-on-failure',
  },
  // The web build in chromium, and the desktop app through Electron (skipped, with its reason,
  // where no Electron binary is installed).
  projects: [
    { name: 'web', testDir: 'test/e2e' },
    { name: 'electron', testDir: 'test/electron' },
  ],
  webServer: {
    command: dev
      ? `npx vite --port ${port} --strictPort --host 127.0.0.1`
      : // The app and the participants' service on one origin, as `npm run web` serves them (issue 18).
        `npx vite build --logLevel warn && node scripts/web-host.mjs --port ${port} --app dist/e2e-${port}`,
    env: { JB_OUT_DIR: `../dist/e2e-${port}` },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
