/**
 * The names and types of the IPC contract, without the runtime schemas. The preload imports
 * only this file so that it stays small (no zod bundled into the sandboxed preload); main
 * validates payloads with the schemas in contract.ts, which re-exports everything here.
 */
import type { ActionName } from '../actions/catalogue';

/** Journey files above this size are refused before they are read (RELIABILITY.md). */
import type { FacilitatorCommand, SessionSnapshot } from '../participants/facilitatorMessages';

export type { FacilitatorCommand, SessionSnapshot };

export const MAX_JOURNEY_FILE_BYTES = 100 * 1024 * 1024;
/** Exports (PNG, PDF, zip) can be large, but not unbounded. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

/**
 * Every command the native menu can send: names from the action catalogue, which the renderer's
 * registry performs (test/unit/menuActions.test.ts checks each item against it).
 */
export const MENU_ACTIONS = [
  'journey.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportPng',
  'file.exportPdf',
  'file.exportCsv',
  'file.exportJourney',
  'file.exportPack',
  'file.closeJourney',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomToFit',
  'view.zoomToSelection',
  'view.zoomReset',
  'view.projector',
  'view.presentation',
  'help.shortcuts',
  'help.restoreBackup',
  'help.about',
] as const satisfies readonly ActionName[];
export type MenuAction = (typeof MENU_ACTIONS)[number];

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}

/** Invoke channels (renderer asks, main answers). Their payload schemas are in contract.ts. */
export const INVOKE_CHANNELS = {
  appInfo: 'app:info',
  setLanguage: 'app:set-language',
  readyToQuit: 'app:ready-to-quit',
  openJourneyFile: 'journey-file:open',
  openRecentJourneyFile: 'journey-file:open-recent',
  listRecentJourneyFiles: 'journey-file:list-recent',
  saveJourneyFile: 'journey-file:save',
  saveExport: 'export:save',
  saveExportPack: 'export:save-pack',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  listDisplays: 'displays:list',
  openProjector: 'projector:open',
  closeProjector: 'projector:close',
  participantsNetworks: 'participants:networks',
  participantsStart: 'participants:start',
  participantsCommand: 'participants:command',
} as const;

/** Channels main sends to the renderer. */
export const EVENT_CHANNELS = {
  menuAction: 'menu:action',
  openFile: 'journey-file:opened',
  displaysChanged: 'displays:changed',
  projectorClosed: 'projector:closed',
  /** The participants' session changed (issue 18). */
  participantsSnapshot: 'participants:snapshot',
  /** Main is about to quit: flush autosave and write a backup, then the preload answers readyToQuit. */
  beforeQuit: 'app:before-quit',
} as const;

export type UiLanguageCode = 'en' | 'de';

/** A network address of the laptop phones could reach (issue 18). */
export interface LanNetwork {
  name: string;
  address: string;
}

export interface ParticipantsStartOptions {
  /** One of `participantsNetworks()`; main refuses any other. */
  address: string;
  anonymousAllowed: boolean;
}
export type ExportKind = 'png' | 'pdf' | 'csv' | 'json' | 'zip';

export interface AppInfo {
  version: string;
  /** `process.platform` in the desktop app, `web` in the browser build. */
  platform: string;
  /** Electron's version; null in the browser build. */
  electron: string | null;
  /** The user-data folder's name (never its full path: paths stay in main); null in the browser. */
  userDataFolder: string | null;
}

/**
 * A journey file read by main. `data` holds the raw bytes: the renderer's import pipeline does
 * the decoding (BOM, invalid UTF-8, images with an embedded journey) the same way for a file
 * picked in the browser. `fileToken` stands for the path, which stays in main.
 */
export type OpenedFile =
  | { canceled: true }
  | { canceled: false; ok: true; fileToken: string; name: string; data: Uint8Array }
  | { canceled: false; ok: false; name: string; error: 'tooLarge' | 'unreadable' | 'notFound' };

export interface RecentFile {
  fileToken: string;
  name: string;
  openedAt: string;
}

export type SaveResult =
  | { canceled: true }
  | { canceled: false; ok: true; fileToken: string; name: string }
  | { canceled: false; ok: false; error: 'readOnly' | 'diskFull' | 'tooLarge' | 'failed' };

export interface BackupEntry {
  backupToken: string;
  journeyId: string;
  title: string;
  savedAt: string;
  bytes: number;
}

export interface DisplayInfo {
  id: number;
  label: string;
  width: number;
  height: number;
  primary: boolean;
}

export interface ProjectorOpened {
  /** The display the projector window went to. */
  displayId: number;
  /** False when no second display was connected: the projector then opens as a normal window. */
  fullScreen: boolean;
}

export type ProjectorClosedReason = 'displayRemoved' | 'closed';

export interface SaveJourneyFileOptions {
  content: string;
  suggestedName: string;
  /** Token of the file this journey was opened from or last saved to; absent for Save As. */
  fileToken?: string;
}
export interface SaveExportOptions {
  suggestedName: string;
  kind: ExportKind;
  data: Uint8Array;
}
export interface SaveExportPackOptions {
  folderName: string;
  files: { name: string; data: Uint8Array }[];
}
export interface WriteBackupOptions {
  journeyId: string;
  title: string;
  content: string;
}

/** What the preload exposes as `window.journeyboard`. Paths never cross this boundary. */
export interface JourneyboardApi {
  appInfo(): Promise<AppInfo>;
  /** Rebuilds the native menu in this language. */
  setLanguage(language: UiLanguageCode): Promise<void>;
  /** Main opens the dialog and reads the file (size-capped); a cancelled dialog gives `canceled`. */
  openJourneyFile(): Promise<OpenedFile>;
  openRecentJourneyFile(fileToken: string): Promise<OpenedFile>;
  listRecentJourneyFiles(): Promise<RecentFile[]>;
  /** Writes atomically to the file behind `fileToken`, or asks where (Save As) without one. */
  saveJourneyFile(options: SaveJourneyFileOptions): Promise<SaveResult>;
  saveExport(options: SaveExportOptions): Promise<SaveResult>;
  /** Asks for a folder and writes the files into a new sub-folder `folderName`. */
  saveExportPack(options: SaveExportPackOptions): Promise<SaveResult>;
  /** Keeps the last versions of each journey on disk; an unchanged journey is not written again. */
  writeBackup(options: WriteBackupOptions): Promise<void>;
  /** Every stored backup, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** The backup's content, or null when it is gone. */
  readBackup(backupToken: string): Promise<string | null>;
  listDisplays(): Promise<DisplayInfo[]>;
  /** `displayId` null picks the external display; null result means it could not open. */
  openProjector(options: { displayId: number | null }): Promise<ProjectorOpened | null>;
  closeProjector(): Promise<void>;
  onMenuAction(listener: (action: MenuAction) => void): () => void;
  /** Files opened from the command line, a second instance, File > Open Recent or the OS. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  onDisplaysChanged(listener: (displays: DisplayInfo[]) => void): () => void;
  onProjectorClosed(listener: (reason: ProjectorClosedReason) => void): () => void;
  /** Runs before the app quits; quitting waits (a few seconds at most) for the returned promise. */
  onBeforeQuit(listener: () => Promise<void> | void): () => void;
  /** The laptop's addresses phones could reach. */
  participantsNetworks(): Promise<LanNetwork[]>;
  /** Opens the participants' service on that address (a free port) and starts a session. */
  participantsStart(options: ParticipantsStartOptions): Promise<SessionSnapshot>;
  participantsCommand(command: FacilitatorCommand): Promise<SessionSnapshot>;
  onParticipantsSnapshot(listener: (snapshot: SessionSnapshot) => void): () => void;
}
