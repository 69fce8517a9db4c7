/**
 * The facilitator's window: locked-down web preferences, the remembered size and position
 * (clamped onto a connected display), and the app loaded from app://journeyboard.
 */
import { screen, type BrowserWindow } from 'electron';
import { APP_NAME, APP_URL } from '../appIdentity';
import { createSecureWindow } from './secureWindow';
import { MIN_SIZE, loadWindowState, placeWindow, saveWindowState } from './windowState';

export interface MainWindowOptions {
  /** dist/electron, where preload.cjs is. */
  distElectronDir: string;
  /** userData/window-state.json */
  stateFile: string;
}

export function workAreas(): Electron.Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const placement = placeWindow(await loadWindowState(options.stateFile), workAreas());
  const window = createSecureWindow({
    distElectronDir: options.distElectronDir,
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#f7f6f3',
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // Saved on close (normal bounds, so a maximised window restores to its former size).
  window.on('close', () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    void saveWindowState(options.stateFile, { ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
  });
  // A failed load (a broken build) leaves an empty window rather than an unhandled rejection.
  await window.loadURL(APP_URL).catch((error: unknown) => console.error(`Could not load ${APP_URL}:`, error));
  return window;
}
