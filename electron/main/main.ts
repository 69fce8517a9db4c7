/**
 * The Electron entry point (bundled to dist/electron/main.cjs). It only wires Electron to the
 * plain modules beside it; each of those is unit-tested in Node.
 *
 * Order matters: the app's name, user-data folder and app:// scheme are fixed before `ready`
 * (the database lives there), and the single-instance lock is taken before anything opens.
 */
import { basename, join } from 'node:path';
import { Menu, app, protocol, screen, session, type BrowserWindow } from 'electron';
import { pickLanguage, type UiLanguage } from '../../shared/i18n/resources';
import type { MenuAction, OpenedFile } from '../../shared/ipc/channels';
import { journeyFileArgs } from './app/commandLine';
import { createQuitCoordinator } from './app/quitCoordinator';
import { APP_SCHEME, fixAppIdentity } from './appIdentity';
import { createBackupStore } from './backups/backupStore';
import { sendEvent } from './events';
import { createNativeDialogs } from './files/dialogs';
import { createExportService } from './files/exports';
import { createJourneyFileService } from './files/journeyFiles';
import { RecentFiles } from './files/recentFiles';
import { TokenRegistry } from './files/tokens';
import { handleInvoke } from './ipc/handle';
import { createInvokeHandlers, registerInvokeHandlers } from './ipc/handlers';
import { buildMenuTemplate } from './menu/menuTemplate';
import { createTranslator } from './menu/translate';
import { createParticipantsController } from './participants/participantsController';
import { lanAddresses } from '../participants/networkInterfaces';
import { loadPhoneFiles } from '../participants/phoneFiles';
import { createStandaloneParticipants } from '../participants/standalone';
import { createProjectorController } from './projector/projectorController';
import { openProjectorWindow } from './projector/projectorWindow';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol/appProtocol';
import { lockNavigation } from './security/navigation';
import { openExternalSafely } from './security/openExternal';
import { lockSession } from './security/session';
import { createMainWindow } from './window/mainWindow';

/** dist/electron: this bundle's folder; the renderer build sits beside it in dist/renderer. */
const distElectronDir = __dirname;
const rendererDir = join(distElectronDir, '..', 'renderer');

fixAppIdentity(app);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  // Another Journeyboard is running: it receives our command line in `second-instance`.
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let rendererLoaded = false;
  let language: UiLanguage = 'en';
  /** Files the OS handed us before the window could take them. */
  const pendingPaths: string[] = journeyFileArgs(process.argv, process.cwd());
  const queuedFiles: OpenedFile[] = [];

  const translate = () => createTranslator(language);
  const dialogs = createNativeDialogs(translate);

  // Every web contents (main window, projector, anything Chromium creates) is locked down.
  app.on('web-contents-created', (_event, contents) => {
    lockNavigation(contents, openExternalSafely);
  });

  // macOS hands files over with an event, also before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openFromShell(path);
    else pendingPaths.push(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    for (const path of journeyFileArgs(argv, workingDirectory)) void openFromShell(path);
  });

  function deliverFile(file: OpenedFile): void {
    if (mainWindow && rendererLoaded && sendEvent(mainWindow.webContents, 'openFile', file)) return;
    queuedFiles.push(file);
  }

  let files: ReturnType<typeof createJourneyFileService>;
  async function openFromShell(path: string): Promise<void> {
    deliverFile(await files.openPath(path));
  }

  function sendMenuAction(action: MenuAction): void {
    // Menu commands act on the facilitator's board, even when the projector has the focus.
    sendEvent(mainWindow?.webContents, 'menuAction', action);
  }

  let recent: RecentFiles;
  function rebuildMenu(): void {
    const template = buildMenuTemplate({
      platform: process.platform,
      t: translate(),
      recent: recent.list().map((entry) => ({ name: entry.name, open: () => void openFromShell(entry.path) })),
      clearRecent: () => void recent.clear(),
      send: sendMenuAction,
      devTools: !app.isPackaged,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const quit = createQuitCoordinator({
    askRenderer: () => Boolean(mainWindow && rendererLoaded && sendEvent(mainWindow.webContents, 'beforeQuit')),
  });

  async function openMainWindow(): Promise<void> {
    rendererLoaded = false;
    const window = await createMainWindow({ distElectronDir, stateFile: join(app.getPath('userData'), 'window-state.json') });
    mainWindow = window;
    window.on('close', (event) => quit.intercept(event, () => window.close()));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      rendererLoaded = false;
      projector.close(); // the room's view goes with the facilitator's window
      void participants.stop(); // and so does the phones' session
      quit.reset();
    });
    rendererLoaded = true;
    for (const file of queuedFiles.splice(0)) sendEvent(window.webContents, 'openFile', file);
  }

  let projector: ReturnType<typeof createProjectorController>;
  // The phone page's build sits beside the renderer's (dist/phone); read when a session starts.
  const participants = createParticipantsController({
    service: createStandaloneParticipants({ phoneFiles: () => loadPhoneFiles(join(distElectronDir, '..', 'phone')) }),
    lanAddresses: () => lanAddresses(),
    notify: (snapshot) => sendEvent(mainWindow?.webContents, 'participantsSnapshot', snapshot),
  });

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    language = pickLanguage(app.getPreferredSystemLanguages());
    lockSession(session.defaultSession, (url) => console.warn(`Blocked a request to ${url}: Journeyboard works offline.`));
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir }));

    recent = new RecentFiles({ file: join(userData, 'recent-files.json'), onChange: () => rebuildMenu() });
    await recent.load();
    const defaultFolder = app.getPath('documents');
    files = createJourneyFileService({ dialogs, tokens: new TokenRegistry(), recent, defaultFolder });
    const exports = createExportService({ dialogs, tokens: new TokenRegistry(), defaultFolder });
    const backups = createBackupStore({ dir: join(userData, 'backups'), tokens: new TokenRegistry() });

    const displays = () => ({ list: screen.getAllDisplays(), primaryId: screen.getPrimaryDisplay().id });
    projector = createProjectorController({
      displays,
      openWindow: (target) => openProjectorWindow(target, distElectronDir),
      notifyDisplays: (list) => sendEvent(mainWindow?.webContents, 'displaysChanged', list),
      notifyClosed: (reason) => sendEvent(mainWindow?.webContents, 'projectorClosed', reason),
      offerReopen: (display) => dialogs.confirmReopenProjector(display.label || `${display.bounds.width} × ${display.bounds.height}`),
    });
    for (const name of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
      screen.on(name as 'display-added', () => void projector.displaysChanged());
    }

    registerInvokeHandlers(
      createInvokeHandlers({
        appInfo: () => ({ version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? null, userDataFolder: basename(userData) }),
        setLanguage: (next) => {
          language = next;
          rebuildMenu();
        },
        readyToQuit: () => quit.rendererReady(),
        files,
        exports,
        backups,
        projector,
        participants,
      }),
      (channel, handler) => handleInvoke(channel, handler as Parameters<typeof handleInvoke<typeof channel>>[1]),
    );

    rebuildMenu();
    await openMainWindow();
    for (const path of pendingPaths.splice(0)) await openFromShell(path);
  });

  app.on('before-quit', (event) => quit.intercept(event, () => app.quit()));
  app.on('will-quit', () => void participants.stop());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) void openMainWindow();
  });
}
