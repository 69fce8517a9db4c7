import { describe, expect, it, vi } from 'vitest';
import { isBlockedRequest, lockSession, type LockableSession } from './session';

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => (handlers.request = h),
    setPermissionCheckHandler: (h: never) => (handlers.check = h),
    setDevicePermissionHandler: (h: never) => (handlers.device = h),
    webRequest: { onBeforeRequest: (_filter: unknown, h: never) => (handlers.web = h) },
  } as unknown as LockableSession;
  return { session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
}

describe('session lock', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    lockSession(session);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission)).toBe(false);
    }
    expect(handlers.device!()).toBe(false);
  });

  it('cancels remote and file requests and lets app:// through', () => {
    const { session, handlers } = fakeSession();
    const blocked: string[] = [];
    lockSession(session, (url) => blocked.push(url));
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.web!({ url }, callback);
      return (callback.mock.calls[0]![0] as { cancel: boolean }).cancel;
    };
    expect(decide('app://journeyboard/index.html')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('blob:app://journeyboard/1234')).toBe(false);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(decide('https://example.org/pixel.png')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('ws://example.org/socket')).toBe(true);
    expect(decide('wss://example.org/socket')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(blocked).toHaveLength(5);
  });

  it('treats an unparsable URL as blocked', () => {
    expect(isBlockedRequest('::nonsense')).toBe(true);
  });
});
