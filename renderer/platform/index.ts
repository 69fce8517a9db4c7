/**
 * The platform the renderer runs on: the desktop shell when the preload exposed
 * `window.journeyboard`, else the browser. Import `platform` from here; never touch
 * `window.journeyboard` elsewhere.
 */
import { browserEnv, createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import { followUiLanguage } from './language';
import type { Platform } from './platform';

export type * from './platform';

export function detectPlatform(win: Window): Platform {
  return win.journeyboard ? createElectronPlatform(win.journeyboard) : createBrowserPlatform(browserEnv(win));
}

export const platform: Platform = detectPlatform(window);

// The native menu speaks the UI's language.
if (platform.capabilities.nativeMenu) followUiLanguage(platform, document);
