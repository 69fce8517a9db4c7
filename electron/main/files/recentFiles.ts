/**
 * File > Open Recent: the last journey files opened or saved, newest first, at most ten, kept in
 * a JSON file in the user-data folder. Paths stay in main; the renderer gets tokens.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../settings/jsonStore';

export const MAX_RECENT_FILES = 10;

const recentSchema = z.object({
  files: z.array(z.object({ path: z.string().min(1), openedAt: z.string() })).max(100),
});

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
}

export interface RecentFilesOptions {
  file: string;
  now?: () => Date;
  /** Paths are compared case-insensitively where the file system is (Windows, macOS). */
  caseInsensitive?: boolean;
  /** Called after every change (the Open Recent menu is rebuilt). */
  onChange?: () => void;
}

export class RecentFiles {
  private entries: { path: string; openedAt: string }[] = [];
  private readonly now: () => Date;
  private readonly same: (a: string, b: string) => boolean;

  constructor(private readonly options: RecentFilesOptions) {
    this.now = options.now ?? (() => new Date());
    const ci = options.caseInsensitive ?? process.platform !== 'linux';
    this.same = ci ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
  }

  async load(): Promise<void> {
    const stored = await readJsonFile(this.options.file, recentSchema, { files: [] });
    this.entries = stored.files.slice(0, MAX_RECENT_FILES);
  }

  list(): RecentEntry[] {
    return this.entries.map((e) => ({ ...e, name: basename(e.path) }));
  }

  async add(path: string): Promise<void> {
    this.entries = [{ path, openedAt: this.now().toISOString() }, ...this.entries.filter((e) => !this.same(e.path, path))].slice(
      0,
      MAX_RECENT_FILES,
    );
    await this.save();
  }

  async remove(path: string): Promise<void> {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => !this.same(e.path, path));
    if (this.entries.length !== before) await this.save();
  }

  async clear(): Promise<void> {
    this.entries = [];
    await this.save();
  }

  private async save(): Promise<void> {
    this.options.onChange?.();
    await writeJsonFile(this.options.file, { files: this.entries });
  }
}
