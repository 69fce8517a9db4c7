// The two BrowserWindow edges, with a fake Electron: what options each window is made with,
// which URL it loads, and that the main window remembers where it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWindowState, saveWindowState } from './windowState';

type Listener = () => void;
const created: FakeWindow[] = [];

class FakeWindow {
  listeners = new Map<string, Listener[]>();
  url = '';
  fullScreen = false;
  maximized = false;
  menuRemoved = false;
  constructor(public options: Record<string, unknown>) {
    created.push(this);
  }
  on(name: string, l: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), l]);
  }
  once(name: string, l: Listener) {
    this.on(name, l);
  }
  emit(name: string) {
    for (const l of this.listeners.get(name) ?? []) l();
  }
  async loadURL(url: string) {
    this.url = url;
  }
  show() {}
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isDestroyed() {
    return false;
  }
  removeMenu() {
    this.menuRemoved = true;
  }
  setFullScreen(value: boolean) {
    this.fullScreen = value;
  }
  getNormalBounds() {
    return { x: 40, y: 50, width: 1100, height: 700 };
  }
}

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: { getPrimaryDisplay: () => laptop, getAllDisplays: () => [laptop] },
}));

const { createMainWindow } = await import('./mainWindow');
const { openProjectorWindow } = await import('../projector/projectorWindow');

const dir = mkdtempSync(join(tmpdir(), 'jb-windows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  created.length = 0;
});

describe('main window', () => {
  it('opens on app:// with the secure preferences and the remembered, maximised placement', async () => {
    const stateFile = join(dir, 'window-state.json');
    await saveWindowState(stateFile, { x: 100, y: 100, width: 1000, height: 700, maximized: true });
    await createMainWindow({ distElectronDir: '/app/dist/electron', stateFile });
    const [window] = created;
    expect(window!.url).toBe('app://journeyboard/index.html');
    expect(window!.options).toMatchObject({ x: 100, y: 100, width: 1000, height: 700, show: false });
    expect(window!.options.webPreferences).toEqual({
      preload: join('/app/dist/electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      backgroundThrottling: true,
    });
    expect(window!.maximized).toBe(true);
  });

  it('saves its normal bounds when closed', async () => {
    const stateFile = join(dir, 'closing.json');
    await createMainWindow({ distElectronDir: '/app/dist/electron', stateFile });
    created[0]!.emit('close');
    await vi.waitFor(async () => expect(await loadWindowState(stateFile)).toEqual({ x: 40, y: 50, width: 1100, height: 700, maximized: false }));
  });
});

describe('projector window', () => {
  const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1040 } };

  it('loads the projector route full screen on the chosen display, without a menu or throttling', () => {
    openProjectorWindow({ display: projector, fullScreen: true }, '/app/dist/electron');
    const [window] = created;
    expect(window!.url).toBe('app://journeyboard/index.html#projector');
    expect(window!.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, show: false });
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, backgroundThrottling: false });
    expect(window!.menuRemoved).toBe(true);
    window!.emit('ready-to-show');
    expect(window!.fullScreen).toBe(true);
  });

  it('opens as a centred normal window when there is no second display', () => {
    openProjectorWindow({ display: laptop, fullScreen: false }, '/app/dist/electron');
    const [window] = created;
    expect(window!.options).toMatchObject({ x: 80, y: 103, width: 1280, height: 720 });
    window!.emit('ready-to-show');
    expect(window!.fullScreen).toBe(false);
  });
});
