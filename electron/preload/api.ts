/**
 * The verbs the renderer may ask of main, one named function each; `ipcRenderer` itself never
 * reaches the page. Plain code over a small IPC interface, so it is tested without Electron.
 * Imports only the contract's names and types (no zod): the sandboxed preload stays small, and
 * main validates every payload anyway.
 */
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  isMenuAction,
  type DisplayInfo,
  type JourneyboardApi,
  type OpenedFile,
  type ProjectorClosedReason,
  type SessionSnapshot,
} from '../../shared/ipc/channels';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const isDisplayList = (value: unknown): value is DisplayInfo[] => Array.isArray(value);
const isClosedReason = (value: unknown): value is ProjectorClosedReason => value === 'displayRemoved' || value === 'closed';
// Main builds the snapshot itself; the renderer checks it again with the shared schema.
const isSnapshot = (value: unknown): value is SessionSnapshot => typeof value === 'object' && value !== null && 'participants' in value;
const isOpenedFile = (value: unknown): value is OpenedFile => typeof value === 'object' && value !== null && 'canceled' in value;

export function createJourneyboardApi(ipc: IpcRendererLike): JourneyboardApi {
  const invoke = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;

  /** Subscribes a renderer listener to a main event; the IPC event object never reaches the page. */
  function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
    const wrapped = (_event: unknown, payload: unknown) => {
      if (accept(payload)) listener(payload);
    };
    ipc.on(channel, wrapped);
    return () => void ipc.removeListener(channel, wrapped);
  }

  // Files opened from the command line can arrive before the app has subscribed: keep them.
  const fileListeners = new Set<(file: OpenedFile) => void>();
  const waitingFiles: OpenedFile[] = [];
  ipc.on(EVENT_CHANNELS.openFile, (_event, payload) => {
    if (!isOpenedFile(payload)) return;
    if (fileListeners.size === 0) waitingFiles.push(payload);
    for (const listener of fileListeners) listener(payload);
  });

  // Quitting waits for every before-quit listener (autosave flush, final backup), then tells main.
  const quitListeners = new Set<() => Promise<void> | void>();
  ipc.on(EVENT_CHANNELS.beforeQuit, () => {
    void Promise.allSettled([...quitListeners].map(async (listener) => listener())).then(() => ipc.invoke(INVOKE_CHANNELS.readyToQuit));
  });

  return {
    appInfo: () => invoke(INVOKE_CHANNELS.appInfo),
    setLanguage: (language) => invoke(INVOKE_CHANNELS.setLanguage, language),
    openJourneyFile: () => invoke(INVOKE_CHANNELS.openJourneyFile),
    openRecentJourneyFile: (fileToken) => invoke(INVOKE_CHANNELS.openRecentJourneyFile, fileToken),
    listRecentJourneyFiles: () => invoke(INVOKE_CHANNELS.listRecentJourneyFiles),
    saveJourneyFile: (options) => invoke(INVOKE_CHANNELS.saveJourneyFile, options),
    saveExport: (options) => invoke(INVOKE_CHANNELS.saveExport, options),
    saveExportPack: (options) => invoke(INVOKE_CHANNELS.saveExportPack, options),
    writeBackup: (options) => invoke(INVOKE_CHANNELS.writeBackup, options),
    listBackups: () => invoke(INVOKE_CHANNELS.listBackups),
    readBackup: (backupToken) => invoke(INVOKE_CHANNELS.readBackup, backupToken),
    listDisplays: () => invoke(INVOKE_CHANNELS.listDisplays),
    openProjector: (options) => invoke(INVOKE_CHANNELS.openProjector, options),
    closeProjector: () => invoke(INVOKE_CHANNELS.closeProjector),
    onMenuAction: (listener) => subscribe(EVENT_CHANNELS.menuAction, isMenuAction, listener),
    onOpenFile: (listener) => {
      fileListeners.add(listener);
      for (const file of waitingFiles.splice(0)) listener(file);
      return () => void fileListeners.delete(listener);
    },
    onDisplaysChanged: (listener) => subscribe(EVENT_CHANNELS.displaysChanged, isDisplayList, listener),
    onProjectorClosed: (listener) => subscribe(EVENT_CHANNELS.projectorClosed, isClosedReason, listener),
    participantsNetworks: () => invoke(INVOKE_CHANNELS.participantsNetworks),
    participantsStart: (options) => invoke(INVOKE_CHANNELS.participantsStart, options),
    participantsCommand: (command) => invoke(INVOKE_CHANNELS.participantsCommand, command),
    onParticipantsSnapshot: (listener) => subscribe(EVENT_CHANNELS.participantsSnapshot, isSnapshot, listener),
    onBeforeQuit: (listener) => {
      quitListeners.add(listener);
      return () => void quitListeners.delete(listener);
    },
  };
}
