/**
 * Session-wide locks: every permission (camera, notifications, clipboard reading, ...) is
 * refused, and no request may reach the network. The app is offline by construction; a
 * remote URL in an imported journey must not even be attempted (RELIABILITY.md).
 */

const REMOTE_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** True for a request that would leave the machine (or read the file system directly). */
export function isBlockedRequest(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return REMOTE_PROTOCOLS.has(protocol) || protocol === 'file:';
  } catch {
    return true;
  }
}

/** The parts of Electron's Session the locks need. */
export interface LockableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

export function lockSession(session: LockableSession, onBlocked: (url: string) => void = () => undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const cancel = isBlockedRequest(details.url);
    if (cancel) onBlocked(details.url);
    callback({ cancel });
  });
}
