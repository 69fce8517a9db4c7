/**
 * Saving exports (PNG, PDF, CSV, JSON, zip) and an export pack (several files in a new folder).
 * Written atomically like journeys. Export tokens come from their own registry, so a token
 * for a PNG can never be used to save a journey over it.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportKind, SaveExportOptions, SaveExportPackOptions, SaveResult } from '../../../shared/ipc/channels';
import { withExtension } from '../../../shared/ipc/fileNames';
import { atomicWriteFile, classifyWriteError } from './atomicWrite';
import type { TokenRegistry } from './tokens';

export interface ExportDialogs {
  chooseExportLocation(owner: unknown, defaultPath: string, kind: ExportKind): Promise<string | null>;
  chooseFolder(owner: unknown, defaultPath: string): Promise<string | null>;
}

export interface ExportServiceOptions {
  dialogs: ExportDialogs;
  tokens: TokenRegistry;
  defaultFolder: string;
  write?: (path: string, data: Uint8Array) => Promise<void>;
}

export interface ExportService {
  saveExport(owner: unknown, options: SaveExportOptions): Promise<SaveResult>;
  saveExportPack(owner: unknown, options: SaveExportPackOptions): Promise<SaveResult>;
}

/** `Pack`, else `Pack (2)`, `Pack (3)`...: an export pack never writes into an existing folder. */
export async function createFreshFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const path = join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      await fs.mkdir(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('no free folder name');
}

export function createExportService(options: ExportServiceOptions): ExportService {
  const { dialogs, tokens } = options;
  const write = options.write ?? ((path: string, data: Uint8Array) => atomicWriteFile(path, data));
  let lastFolder = options.defaultFolder;

  return {
    async saveExport(owner, { suggestedName, kind, data }) {
      const chosen = await dialogs.chooseExportLocation(owner, join(lastFolder, withExtension(suggestedName, kind)), kind);
      if (!chosen) return { canceled: true };
      const path = basename(chosen).includes('.') ? chosen : `${chosen}.${kind}`;
      try {
        await write(path, data);
      } catch (error) {
        return { canceled: false, ok: false, error: classifyWriteError(error) };
      }
      lastFolder = dirname(path);
      return { canceled: false, ok: true, fileToken: tokens.tokenFor(path), name: basename(path) };
    },

    async saveExportPack(owner, { folderName, files }) {
      const parent = await dialogs.chooseFolder(owner, lastFolder);
      if (!parent) return { canceled: true };
      let folder: string | null = null;
      try {
        folder = await createFreshFolder(parent, folderName);
        for (const file of files) await write(join(folder, file.name), file.data);
      } catch (error) {
        // Half a pack is worse than none: remove what was written.
        if (folder) await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
        return { canceled: false, ok: false, error: classifyWriteError(error) };
      }
      lastFolder = parent;
      return { canceled: false, ok: true, fileToken: tokens.tokenFor(folder), name: basename(folder) };
    },
  };
}
