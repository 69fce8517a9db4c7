/**
 * File > Open, Open Recent, Save and Save As for `.journey.json` files. Main shows the dialogs,
 * reads with a size cap and writes atomically; the renderer only ever holds tokens. Decoding
 * and validating the content is the renderer's import pipeline's job (the same for a file
 * picked in a browser), so open hands over raw bytes.
 */
import { basename, dirname, join } from 'node:path';
import { MAX_JOURNEY_FILE_BYTES, type OpenedFile, type RecentFile, type SaveJourneyFileOptions, type SaveResult } from '../../../shared/ipc/channels';
import { withJourneyExtension } from '../../../shared/ipc/fileNames';
import { atomicWriteFile, classifyWriteError } from './atomicWrite';
import { readCapped } from './readCapped';
import type { RecentFiles } from './recentFiles';
import type { TokenRegistry } from './tokens';

/** The native dialogs, behind an interface so tests answer them. `owner` is the asking window. */
export interface JourneyFileDialogs {
  chooseJourneyToOpen(owner: unknown): Promise<string | null>;
  chooseJourneySaveLocation(owner: unknown, defaultPath: string): Promise<string | null>;
}

export interface JourneyFileServiceOptions {
  dialogs: JourneyFileDialogs;
  tokens: TokenRegistry;
  recent: RecentFiles;
  /** Where Save As starts when the journey has no file yet (the Documents folder). */
  defaultFolder: string;
  maxBytes?: number;
  write?: (path: string, data: string) => Promise<void>;
}

export interface JourneyFileService {
  open(owner: unknown): Promise<OpenedFile>;
  openPath(path: string): Promise<OpenedFile>;
  openRecent(fileToken: string): Promise<OpenedFile>;
  listRecent(): RecentFile[];
  save(owner: unknown, options: SaveJourneyFileOptions): Promise<SaveResult>;
}

/** A name typed without an extension gets `.journey.json`; one ending in `.json` is kept. */
export function journeySavePath(chosen: string): string {
  const name = basename(chosen);
  return name.toLowerCase().endsWith('.json') ? chosen : join(dirname(chosen), withJourneyExtension(name));
}

export function createJourneyFileService(options: JourneyFileServiceOptions): JourneyFileService {
  const { dialogs, tokens, recent } = options;
  const maxBytes = options.maxBytes ?? MAX_JOURNEY_FILE_BYTES;
  const write = options.write ?? ((path: string, data: string) => atomicWriteFile(path, data));
  let lastFolder = options.defaultFolder;
  /**
   * The only files Save writes over in place: journey files the user chose in a save dialog or
   * opened as journey files. A token for anything else (a PNG opened with File > Open, an
   * export, a backup: the registry is shared) makes Save ask where, never overwrite it.
   */
  const saveable = new Set<string>();
  const isJourneyFile = (path: string) => basename(path).toLowerCase().endsWith('.json');

  async function openPath(path: string): Promise<OpenedFile> {
    const name = basename(path);
    const read = await readCapped(path, maxBytes);
    if (!read.ok) {
      if (read.error === 'notFound') await recent.remove(path);
      return { canceled: false, ok: false, name, error: read.error };
    }
    lastFolder = dirname(path);
    await recent.add(path);
    if (isJourneyFile(path)) saveable.add(path);
    return { canceled: false, ok: true, fileToken: tokens.tokenFor(path), name, data: read.data };
  }

  async function saveTo(path: string, content: string): Promise<SaveResult> {
    try {
      await write(path, content);
    } catch (error) {
      return { canceled: false, ok: false, error: classifyWriteError(error) };
    }
    lastFolder = dirname(path);
    await recent.add(path);
    saveable.add(path);
    return { canceled: false, ok: true, fileToken: tokens.tokenFor(path), name: basename(path) };
  }

  return {
    openPath,
    async open(owner) {
      const path = await dialogs.chooseJourneyToOpen(owner);
      return path ? openPath(path) : { canceled: true };
    },
    async openRecent(fileToken) {
      const path = tokens.pathFor(fileToken);
      if (!path) return { canceled: false, ok: false, name: '', error: 'notFound' };
      return openPath(path);
    },
    listRecent() {
      return recent.list().map((e) => ({ fileToken: tokens.tokenFor(e.path), name: e.name, openedAt: e.openedAt }));
    },
    async save(owner, { content, suggestedName, fileToken }) {
      if (Buffer.byteLength(content, 'utf8') > maxBytes) return { canceled: false, ok: false, error: 'tooLarge' };
      // A token from this session saves in place; without one (or with a stale one) it is Save As.
      const known = fileToken ? tokens.pathFor(fileToken) : undefined;
      if (known && saveable.has(known) && isJourneyFile(known)) return saveTo(known, content);
      const chosen = await dialogs.chooseJourneySaveLocation(owner, join(lastFolder, withJourneyExtension(suggestedName)));
      return chosen ? saveTo(journeySavePath(chosen), content) : { canceled: true };
    },
  };
}
