/**
 * The web preferences of every window, set explicitly even where Electron's default is the
 * same: a default can change between versions, an explicit value cannot (RELIABILITY.md).
 * A CommonJS preload is what works with `sandbox: true` (PLATFORM.md).
 */
import { join } from 'node:path';

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: boolean;
  backgroundThrottling: boolean;
}

/** `distElectronDir` is the folder holding main.cjs and preload.cjs. */
export function secureWebPreferences(distElectronDir: string, options: { backgroundThrottling?: boolean } = {}): SecureWebPreferences {
  return {
    preload: join(distElectronDir, 'preload.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    // The projector keeps painting while the facilitator's window has the focus.
    backgroundThrottling: options.backgroundThrottling ?? true,
  };
}
