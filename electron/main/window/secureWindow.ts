/**
 * The only place a BrowserWindow is made. Every security option is set explicitly, even where
 * Electron's default is the same (a default can change between versions; RELIABILITY.md), and
 * written as literals so the Electronegativity scan can read them. Callers cannot pass their
 * own webPreferences. A CommonJS preload is what works with `sandbox: true` (PLATFORM.md).
 */
import { join } from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface SecureWindowOptions extends Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  /** dist/electron, the folder holding preload.cjs. */
  distElectronDir: string;
  /** False for the projector: the room must see changes while the other window has the focus. */
  backgroundThrottling?: boolean;
}

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const { distElectronDir, backgroundThrottling = true, ...windowOptions } = options;
  return new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      // Reviewed for the scan's PRELOAD check: our own bundled preload, which exposes only the
      // named verbs of electron/preload/api.ts through the context bridge (api.test.ts).
      preload: join(distElectronDir, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A middle click must not open links in new windows (window.open is denied anyway).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      backgroundThrottling,
    },
  });
}
