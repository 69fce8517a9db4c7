/**
 * The after-workshop pack: PNG, PDF, journey file and CSV under one name. In Electron they go
 * into a folder the user picks (saveExportPack); in the browser into one zip.
 */
import { zipSync, type Zippable } from 'fflate';

export interface PackFile {
  name: string;
  data: Uint8Array;
}

/**
 * One zip with the files in a folder named like the pack. PNG and PDF are already compressed,
 * so they are stored (level 0): deflating them again costs seconds and saves nothing.
 */
export function zipPack(folderName: string, files: readonly PackFile[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) {
    const stored = /\.(png|pdf|zip)$/i.test(f.name);
    entries[`${folderName}/${f.name}`] = [f.data, { level: stored ? 0 : 6, mtime: modified }];
  }
  return zipSync(entries);
}
