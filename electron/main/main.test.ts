/**
 * The entry point's wiring, with a fake Electron: identity and scheme fixed before ready, the
 * single-instance lock, the locks on session and web contents, every contract channel
 * registered, the menu, the window, and files from a second instance reaching the renderer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';

type Listener = (...args: unknown[]) => unknown;

const dir = mkdtempSync(join(tmpdir(), 'jb-main-'));
const calls: string[] = [];
const appListeners = new Map<string, Listener>();
const handled = new Map<string, Listener>();
const windows: FakeWindow[] = [];
let lock = true;
let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

class FakeWindow {
  static fromWebContents = () => null;
  static getFocusedWindow = () => null;
  listeners = new Map<string, Listener[]>();
  sent: [string, unknown][] = [];
  url = '';
  webContents = { isDestroyed: () => false, send: (channel: string, payload: unknown) => this.sent.push([channel, payload]) };
  constructor(public options: Record<string, unknown>) {
    windows.push(this);
  }
  on(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener) {
    return this.on(name, listener);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isMaximized = () => false;
  maximize = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  show = vi.fn();
  getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
}

const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

vi.mock('electron', () => ({
  app: {
    setName: (name: string) => calls.push(`setName ${name}`),
    getPath: (name: string) => (name === 'appData' ? dir : name === 'userData' ? join(dir, 'Journeyboard') : join(dir, name)),
    setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
    requestSingleInstanceLock: () => {
      calls.push('lock');
      return lock;
    },
    quit: () => calls.push('quit'),
    on: (name: string, listener: Listener) => appListeners.set(name, listener),
    whenReady: () => ready,
    isReady: () => true,
    isPackaged: false,
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => ['de-DE'],
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) =>
      calls.push(`scheme ${schemes.map((s) => `${s.scheme}:${Object.keys(s.privileges).join(',')}`).join()}`),
    handle: (scheme: string) => calls.push(`handle ${scheme}`),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => calls.push('permissions denied'),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: () => calls.push('requests blocked') },
    },
  },
  ipcMain: { handle: (channel: string, listener: Listener) => handled.set(channel, listener) },
  Menu: {
    buildFromTemplate: (template: { label: string }[]) => template,
    setApplicationMenu: (menu: { label: string }[]) => calls.push(`menu ${menu.map((m) => m.label).join('|')}`),
  },
  screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display, on: vi.fn() },
  shell: { openExternal: vi.fn() },
  dialog: {},
  BrowserWindow: FakeWindow,
}));

beforeAll(async () => {
  process.argv = ['electron', '.'];
  await import('./main');
  resolveReady();
  // Ready does real file I/O (recent files, window state): wait for the window to load.
  await vi.waitFor(() => expect(windows[0]?.url).toBe('app://journeyboard/index.html'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('main entry', () => {
  it('fixes the name, user-data folder and app:// scheme before taking the lock', () => {
    expect(calls.slice(0, 4)).toEqual([
      'setName Journeyboard',
      `setPath userData ${join(dir, 'Journeyboard')}`,
      'scheme app:standard,secure,supportFetchAPI,codeCache',
      'lock',
    ]);
  });

  it('locks the session and serves app:// once ready', () => {
    expect(calls).toContain('permissions denied');
    expect(calls).toContain('requests blocked');
    expect(calls).toContain('handle app');
  });

  it('registers a guarded handler for every contract channel', () => {
    expect([...handled.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('builds the menu in the system language and rebuilds it when the renderer switches', async () => {
    expect(calls).toContain('menu Datei|Bearbeiten|Ansicht|Hilfe');
    const event = { senderFrame: { url: 'app://journeyboard/index.html', parent: null }, sender: windows[0]!.webContents };
    await handled.get(INVOKE_CHANNELS.setLanguage)!(event, 'en');
    expect(calls.at(-1)).toBe('menu File|Edit|View|Help');
    await expect(handled.get(INVOKE_CHANNELS.setLanguage)!({ ...event, senderFrame: { url: 'https://evil.example/', parent: null } }, 'de')).rejects.toThrow();
  });

  it('opens one locked-down window on the app origin', () => {
    expect(windows).toHaveLength(1);
    expect(windows[0]!.url).toBe('app://journeyboard/index.html');
    expect(windows[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  it('locks every new web contents', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    appListeners.get('web-contents-created')!({}, contents);
    expect(contents.on.mock.calls.map((c) => c[0])).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('opens a journey file passed to a second instance in this one', async () => {
    const path = join(dir, 'Kickoff.journey.json');
    writeFileSync(path, '{"title":"Kickoff"}');
    appListeners.get('second-instance')!({}, ['journeyboard', path, '--flag'], dir);
    await vi.waitFor(() => expect(windows[0]!.sent.length).toBeGreaterThan(0));
    const [channel, file] = windows[0]!.sent.at(-1)!;
    expect(channel).toBe(EVENT_CHANNELS.openFile);
    expect(file).toMatchObject({ ok: true, name: 'Kickoff.journey.json' });
    expect(windows[0]!.focus).toHaveBeenCalled();
  });

  it('holds a quit until the renderer has flushed', async () => {
    const event = { preventDefault: vi.fn() };
    appListeners.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(windows[0]!.sent.at(-1)).toEqual([EVENT_CHANNELS.beforeQuit, undefined]);
    const quitsBefore = calls.filter((c) => c === 'quit').length;
    await handled.get(INVOKE_CHANNELS.readyToQuit)!({ senderFrame: { url: 'app://journeyboard/', parent: null }, sender: null });
    expect(calls.filter((c) => c === 'quit').length).toBe(quitsBefore + 1);
  });
});

describe('a second instance', () => {
  it('quits at once and leaves its files to the first instance', async () => {
    lock = false;
    calls.length = 0;
    appListeners.clear();
    vi.resetModules();
    await import('./main');
    expect(calls).toContain('lock');
    expect(calls.at(-1)).toBe('quit');
    expect(appListeners.size).toBe(0);
  });
});
