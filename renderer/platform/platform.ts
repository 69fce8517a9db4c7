/**
 * What the rest of the renderer uses to reach the machine: files, exports, the native menu,
 * backups and the projector window. Two implementations: Electron (the preload's
 * `window.journeyboard`) and the plain browser. Features a browser cannot offer are `null`
 * and flagged in `capabilities`, so the UI can hide them instead of failing.
 */
import type { ParticipantsApi } from '../participants/participantsApi';
import type {
  AppInfo,
  BackupEntry,
  DisplayInfo,
  MenuAction,
  OpenedFile,
  ProjectorClosedReason,
  ProjectorOpened,
  RecentFile,
  SaveExportOptions,
  SaveExportPackOptions,
  SaveJourneyFileOptions,
  SaveResult,
  UiLanguageCode,
  WriteBackupOptions,
} from '../../shared/ipc/channels';

export type {
  AppInfo,
  BackupEntry,
  DisplayInfo,
  MenuAction,
  OpenedFile,
  ProjectorClosedReason,
  ProjectorOpened,
  RecentFile,
  SaveExportOptions,
  SaveExportPackOptions,
  SaveJourneyFileOptions,
  SaveResult,
  WriteBackupOptions,
};

/**
 * The browser could not ask where to save (no save picker, or the picker refused without the
 * user cancelling it). The file can still be offered as a download; `download()` must run
 * from a fresh click, so the UI offers it in a notice instead of starting it by itself.
 */
export interface DownloadOffer {
  canceled: false;
  ok: false;
  error: 'downloadOffered';
  name: string;
  download(): void;
}

/** What a save of the journey file answers: saved, cancelled, failed, or a download offered. */
export type SaveAnswer = SaveResult | DownloadOffer;

export interface PlatformCapabilities {
  /** Rolling JSON backups on disk, kept by the desktop app. */
  backups: boolean;
  /** A second, full-screen window on the projector (desktop only; the browser opens a tab). */
  projectorWindow: boolean;
  /** File > Open Recent. */
  recentFiles: boolean;
  /** A native application menu sends the menu actions. */
  nativeMenu: boolean;
  /** Save writes back to the file it was opened from (desktop, or the File System Access API). */
  saveInPlace: boolean;
}

export interface RecentFilesApi {
  list(): Promise<RecentFile[]>;
  open(fileToken: string): Promise<OpenedFile>;
}

export interface BackupsApi {
  write(options: WriteBackupOptions): Promise<void>;
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  read(backupToken: string): Promise<string | null>;
}

export interface ProjectorApi {
  listDisplays(): Promise<DisplayInfo[]>;
  open(options: { displayId: number | null }): Promise<ProjectorOpened | null>;
  close(): Promise<void>;
  onDisplaysChanged(listener: (displays: DisplayInfo[]) => void): () => void;
  onClosed(listener: (reason: ProjectorClosedReason) => void): () => void;
}

export interface Platform {
  kind: 'electron' | 'browser';
  /** The participants' service (issue 18): IPC in the desktop app, same-origin WebSocket in the browser. */
  participants: ParticipantsApi;
  capabilities: PlatformCapabilities;
  appInfo(): Promise<AppInfo>;
  /** Tells the shell the UI language (the native menu follows it). */
  setLanguage(language: UiLanguageCode): Promise<void>;
  /** The raw bytes of a journey file the user picks; the import pipeline decodes them. */
  openJourneyFile(): Promise<OpenedFile>;
  /** Save (with the `fileToken` from open or a previous save) or Save As (without). */
  saveJourneyFile(options: SaveJourneyFileOptions): Promise<SaveAnswer>;
  saveExport(options: SaveExportOptions): Promise<SaveResult>;
  /** Several export files together: a folder on the desktop, one zip in the browser. */
  saveExportPack(options: SaveExportPackOptions): Promise<SaveResult>;
  onMenuAction(listener: (action: MenuAction) => void): () => void;
  /** Files the shell opens by itself (command line, second instance, Open Recent, the OS). */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Desktop: runs before quitting, which waits for it. The browser never calls it (use beforeunload). */
  onBeforeQuit(listener: () => Promise<void> | void): () => void;
  recentFiles: RecentFilesApi | null;
  backups: BackupsApi | null;
  projector: ProjectorApi | null;
}
