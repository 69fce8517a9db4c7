/**
 * Navigation lock for every web contents the app creates: the page can never navigate away from
 * app://journeyboard, never open a window, never attach a <webview>. A safe https:/mailto: link
 * goes to the system browser instead (RELIABILITY.md).
 */
import { APP_ORIGIN } from '../appIdentity';
import { safeExternalUrl } from './externalLinks';

export interface NavigationEvent {
  preventDefault(): void;
  /** Newer Electron passes the target in the event too; the positional url is deprecated. */
  url?: string;
}

/** The parts of Electron's WebContents the lock needs. */
export interface LockableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** True for in-app navigations such as a change of hash on app://journeyboard/index.html. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function lockNavigation(contents: LockableContents, openExternal: (url: string) => unknown): void {
  const stayInApp = (event: NavigationEvent, positionalUrl: string) => {
    const url = event.url ?? positionalUrl;
    // A reload or hash change of our own page is fine; leaving the origin never is.
    if (isAppUrl(url)) return;
    event.preventDefault();
    const external = safeExternalUrl(url);
    if (external) openExternal(external);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
}
