/**
 * The one IPC contract between the Electron main process and the renderer. Both sides import
 * it: main validates every payload with these schemas before acting, the preload exposes one
 * named function per invoke channel, and the renderer sees only the `JourneyboardApi` type.
 * The renderer never sends a file path to read: main opens the dialogs and keeps paths behind
 * opaque tokens.
 */
import { z } from 'zod';

/** Journey files above this size are refused before they are read (RELIABILITY.md). */
export const MAX_JOURNEY_FILE_BYTES = 100 * 1024 * 1024;
/** Exports (PNG, PDF, zip) can be large, but not unbounded. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32), 'not a plain file name');
const token = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const journeyId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const MENU_ACTIONS = [
  'journey.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportPng',
  'file.exportPdf',
  'file.exportCsv',
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
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export const invokeSchemas = {
  'app:info': z.tuple([]),
  'app:set-language': z.tuple([z.enum(['en', 'de'])]),
  'journey-file:open': z.tuple([]),
  'journey-file:open-recent': z.tuple([token]),
  'journey-file:list-recent': z.tuple([]),
  'journey-file:save': z.tuple([
    z.object({
      content: z.string().max(MAX_JOURNEY_FILE_BYTES),
      suggestedName: fileName,
      /** Token of the file this journey was opened from or last saved to; absent for Save As. */
      fileToken: token.optional(),
    }),
  ]),
  'export:save': z.tuple([
    z.object({
      suggestedName: fileName,
      kind: z.enum(['png', 'pdf', 'csv', 'json', 'zip']),
      data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_EXPORT_BYTES, 'too large'),
    }),
  ]),
  'export:save-pack': z.tuple([
    z.object({
      folderName: fileName,
      files: z
        .array(
          z.object({
            name: fileName,
            data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_EXPORT_BYTES, 'too large'),
          }),
        )
        .min(1)
        .max(20),
    }),
  ]),
  'backup:write': z.tuple([
    z.object({ journeyId, title: z.string().max(300), content: z.string().max(MAX_JOURNEY_FILE_BYTES) }),
  ]),
  'backup:list': z.tuple([]),
  'backup:read': z.tuple([token]),
  'displays:list': z.tuple([]),
  'projector:open': z.tuple([z.object({ displayId: z.number().int().nullable() })]),
  'projector:close': z.tuple([]),
} as const;
export type InvokeChannel = keyof typeof invokeSchemas;

export interface AppInfo {
  version: string;
  platform: string;
  electron: string;
  userDataFolder: string;
}
export type OpenedFile =
  | { canceled: true }
  | { canceled: false; ok: true; fileToken: string; name: string; content: string }
  | { canceled: false; ok: false; name: string; error: 'tooLarge' | 'unreadable' };
export interface RecentFile {
  fileToken: string;
  name: string;
  openedAt: string;
}
export type SaveResult =
  | { canceled: true }
  | { canceled: false; ok: true; fileToken: string; name: string }
  | { canceled: false; ok: false; error: 'readOnly' | 'diskFull' | 'failed' };
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

/** Channels main sends to the renderer. */
export const EVENT_CHANNELS = {
  menuAction: 'menu:action',
  openFile: 'journey-file:opened',
  displaysChanged: 'displays:changed',
  projectorClosed: 'projector:closed',
} as const;

/** What the preload exposes as `window.journeyboard`. */
export interface JourneyboardApi {
  appInfo(): Promise<AppInfo>;
  setLanguage(language: 'en' | 'de'): Promise<void>;
  openJourneyFile(): Promise<OpenedFile>;
  openRecentJourneyFile(fileToken: string): Promise<OpenedFile>;
  listRecentJourneyFiles(): Promise<RecentFile[]>;
  saveJourneyFile(options: { content: string; suggestedName: string; fileToken?: string }): Promise<SaveResult>;
  saveExport(options: { suggestedName: string; kind: 'png' | 'pdf' | 'csv' | 'json' | 'zip'; data: Uint8Array }): Promise<SaveResult>;
  saveExportPack(options: { folderName: string; files: { name: string; data: Uint8Array }[] }): Promise<SaveResult>;
  writeBackup(options: { journeyId: string; title: string; content: string }): Promise<void>;
  listBackups(): Promise<BackupEntry[]>;
  readBackup(backupToken: string): Promise<string | null>;
  listDisplays(): Promise<DisplayInfo[]>;
  openProjector(options: { displayId: number | null }): Promise<boolean>;
  closeProjector(): Promise<void>;
  onMenuAction(listener: (action: MenuAction) => void): () => void;
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  onDisplaysChanged(listener: (displays: DisplayInfo[]) => void): () => void;
}
