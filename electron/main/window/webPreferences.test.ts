import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './webPreferences';

describe('web preferences', () => {
  it('sets every security option explicitly', () => {
    const prefs = secureWebPreferences('/app/dist/electron');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the CommonJS preload from dist/electron', () => {
    expect(secureWebPreferences('/app/dist/electron').preload).toBe(join('/app/dist/electron', 'preload.cjs'));
  });
});
