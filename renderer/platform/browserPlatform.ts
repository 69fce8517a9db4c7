/**
 * The platform in a plain browser (`npm run web`). Files go through the File System Access API
 * where available, else upload and download; exports are downloads and a pack is one zip. No
 * backups, recent files, native menu or projector window: those are `null` and flagged absent.
 */
import { createWebSocketParticipantsApi } from '../participants/participantsApi';
import { zipSync } from 'fflate';
import { version } from '../../package.json';
import { withJourneyExtension } from '../../shared/ipc/fileNames';
import type { OpenedFile } from '../../shared/ipc/channels';
import {
  JOURNEY_FILE_TYPES,
  download,
  isAbort,
  pickWithInput,
  readPickedFile,
  writeToHandle,
  type BrowserEnv,
} from './browserFiles';
import type { DownloadOffer, Platform, SaveAnswer } from './platform';

const EXPORT_TYPES = { png: 'image/png', pdf: 'application/pdf', csv: 'text/csv', json: 'application/json', zip: 'application/zip' } as const;
const noop = () => () => undefined;

export function createBrowserPlatform(env: BrowserEnv): Platform {
  const handles = new Map<string, FileSystemFileHandle>();

  function remember(handle: FileSystemFileHandle): string {
    for (const [token, known] of handles) if (known === handle) return token;
    const token = env.randomToken();
    handles.set(token, handle);
    return token;
  }

  async function openJourneyFile(): Promise<OpenedFile> {
    if (env.showOpenFilePicker) {
      let handle: FileSystemFileHandle | undefined;
      try {
        [handle] = await env.showOpenFilePicker({ types: JOURNEY_FILE_TYPES, multiple: false });
      } catch (error) {
        if (isAbort(error)) return { canceled: true };
        throw error;
      }
      if (!handle) return { canceled: true };
      let file: File;
      try {
        file = await handle.getFile();
      } catch {
        return { canceled: false, ok: false, name: handle.name, error: 'unreadable' };
      }
      return readPickedFile(file, remember(handle));
    }
    const file = await pickWithInput(env.document, '.json,application/json');
    return file ? readPickedFile(file, env.randomToken()) : { canceled: true };
  }

  async function saveJourneyFile(options: { content: string; suggestedName: string; fileToken?: string }): Promise<SaveAnswer> {
    const blob = new Blob([options.content], { type: 'application/json' });
    const known = options.fileToken ? handles.get(options.fileToken) : undefined;
    if (known) {
      const result = await writeToHandle(known, blob);
      return result.canceled || !result.ok ? result : { ...result, fileToken: options.fileToken! };
    }
    const name = withJourneyExtension(options.suggestedName);
    // Issue 15: without a picker, or when it refuses (no user gesture left, a policy, an
    // iframe), the save must still answer: the file is offered as a download.
    const offer: DownloadOffer = { canceled: false, ok: false, error: 'downloadOffered', name, download: () => download(env, name, blob) };
    if (!env.showSaveFilePicker) return offer;
    let handle: FileSystemFileHandle;
    try {
      handle = await env.showSaveFilePicker({ suggestedName: name, types: JOURNEY_FILE_TYPES });
    } catch (error) {
      if (isAbort(error)) return { canceled: true };
      return offer;
    }
    const result = await writeToHandle(handle, blob);
    return result.canceled || !result.ok ? result : { ...result, fileToken: remember(handle) };
  }

  return {
    kind: 'browser',
    participants: createWebSocketParticipantsApi(globalThis.location ?? { protocol: 'about:', host: '' }),
    capabilities: {
      backups: false,
      projectorWindow: false,
      recentFiles: false,
      nativeMenu: false,
      saveInPlace: Boolean(env.showSaveFilePicker),
    },
    appInfo: async () => ({ version, platform: 'web', electron: null, userDataFolder: null }),
    setLanguage: async () => undefined,
    openJourneyFile,
    saveJourneyFile,
    saveExport: async ({ suggestedName, kind, data }) => {
      download(env, suggestedName, new Blob([data as Uint8Array<ArrayBuffer>], { type: EXPORT_TYPES[kind] }));
      return { canceled: false, ok: true, fileToken: env.randomToken(), name: suggestedName };
    },
    saveExportPack: async ({ folderName, files }) => {
      // One zip holding a folder, so unpacking it gives the same layout as the desktop's folder.
      const zip = zipSync(Object.fromEntries(files.map((f) => [`${folderName}/${f.name}`, f.data])), { level: 6 });
      const name = `${folderName}.zip`;
      download(env, name, new Blob([zip as Uint8Array<ArrayBuffer>], { type: EXPORT_TYPES.zip }));
      return { canceled: false, ok: true, fileToken: env.randomToken(), name };
    },
    // No native menu, no shell opening files and no quit event in a browser tab.
    onMenuAction: noop,
    onOpenFile: noop,
    onBeforeQuit: noop,
    recentFiles: null,
    backups: null,
    projector: null,
  };
}

/** The real browser's environment. */
export function browserEnv(win: Window): BrowserEnv {
  const fileAccess = win as Window & BrowserEnvPickers;
  return {
    document: win.document,
    showOpenFilePicker: fileAccess.showOpenFilePicker?.bind(win),
    showSaveFilePicker: fileAccess.showSaveFilePicker?.bind(win),
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    randomToken: () => win.crypto.randomUUID().replaceAll('-', ''),
  };
}
type BrowserEnvPickers = Pick<BrowserEnv, 'showOpenFilePicker' | 'showSaveFilePicker'>;
