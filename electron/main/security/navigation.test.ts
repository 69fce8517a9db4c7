import { describe, expect, it, vi } from 'vitest';
import { safeExternalUrl } from './externalLinks';
import { isAppUrl, lockNavigation, type LockableContents, type NavigationEvent } from './navigation';

function fakeContents() {
  const listeners = new Map<string, (event: NavigationEvent, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on: (name: string, listener: (event: NavigationEvent, url: string) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  } as unknown as LockableContents;
  const navigate = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('external links', () => {
  it('allows only parsed https: and mailto: URLs', () => {
    expect(safeExternalUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeExternalUrl('mailto:ada@example.org')).toBe('mailto:ada@example.org');
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      // eslint-disable-next-line no-restricted-syntax -- hostile input under test
      'javascript:alert(1)',
      // eslint-disable-next-line no-restricted-syntax -- hostile input under test
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pw@example.org',
      'https://',
      'not a url',
      `https://example.org/${'a'.repeat(3000)}`,
    ]) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });
});

describe('navigation lock', () => {
  it('prevents leaving the app and opens safe links externally', () => {
    const openExternal = vi.fn();
    const { contents, navigate } = fakeContents();
    lockNavigation(contents, openExternal);
    expect(navigate('will-navigate', 'app://journeyboard/index.html#projector')).toBe(false);
    expect(navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'app://journeyboard.evil/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://journeyboard/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('denies every new window', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    lockNavigation(contents, openExternal);
    expect(open('https://example.org/help')).toEqual({ action: 'deny' });
    expect(open('app://journeyboard/index.html')).toEqual({ action: 'deny' });
    // eslint-disable-next-line no-restricted-syntax -- hostile input under test
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/help']]);
  });

  it('recognises its own origin only', () => {
    expect(isAppUrl('app://journeyboard/')).toBe(true);
    expect(isAppUrl('app://journeyboard:80/')).toBe(false);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(isAppUrl('::')).toBe(false);
  });
});
