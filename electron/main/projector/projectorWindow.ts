/**
 * The projector window: the board only (the renderer's #projector route), full screen on the
 * chosen display, without a menu bar, and never throttled in the background, because the room
 * must see every change while the facilitator works in the other window.
 */
import type { BrowserWindow } from 'electron';
import { APP_NAME, PROJECTOR_URL } from '../appIdentity';
import { createSecureWindow } from '../window/secureWindow';
import { centredIn, type ProjectorTarget } from './displays';
import type { ProjectorWindowLike } from './projectorController';

export function openProjectorWindow(target: ProjectorTarget, distElectronDir: string): ProjectorWindowLike & { window: BrowserWindow } {
  const { display, fullScreen } = target;
  const bounds = fullScreen ? display.bounds : centredIn(display.workArea, 1280, 720);
  const window = createSecureWindow({
    distElectronDir,
    backgroundThrottling: false,
    ...bounds,
    title: APP_NAME,
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
  });
  window.removeMenu();
  window.once('ready-to-show', () => {
    window.show();
    // Full screen on the display the window sits on: the one we placed it on.
    if (fullScreen) window.setFullScreen(true);
  });
  window.loadURL(PROJECTOR_URL).catch((error: unknown) => console.error(`Could not load ${PROJECTOR_URL}:`, error));
  return {
    window,
    close: () => {
      if (!window.isDestroyed()) window.close();
    },
    focus: () => {
      if (!window.isDestroyed()) window.focus();
    },
    onClosed: (listener) => window.once('closed', listener),
  };
}
