/**
 * Rolling JSON backups of each journey in the user-data folder, kept by main because
 * IndexedDB alone has lost users' data (electron#41877, #38616; RELIABILITY.md). The renderer
 * asks for a backup at intervals while editing and on quit; an unchanged journey is not
 * written again, so idle intervals never push real history out of the last N.
 *
 * Layout: backups/<journeyId>/<timestamp>.journey.json plus meta.json (title, last hash).
 * Every backup is a plain journey file the user could also open with File > Open.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_JOURNEY_FILE_BYTES, type BackupEntry, type WriteBackupOptions } from '../../../shared/ipc/channels';
import { atomicWriteFile } from '../files/atomicWrite';
import { readCapped } from '../files/readCapped';
import type { TokenRegistry } from '../files/tokens';
import { readJsonFile, writeJsonFile } from '../settings/jsonStore';

export const DEFAULT_BACKUPS_KEPT = 20;
/**
 * All backups together stay under this: 20 backups of a few large journeys (up to 100 MB
 * each) must not fill the disk, which would cost the very IndexedDB writes backups protect.
 * Over it, the oldest backups go first, across journeys; each journey keeps its newest one.
 */
export const DEFAULT_BACKUPS_TOTAL_BYTES = 500 * 1024 * 1024;

const JOURNEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const BACKUP_FILE = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.journey\.json$/;
const metaSchema = z.object({ title: z.string().max(300), sha256: z.string().optional() });

export interface BackupStoreOptions {
  dir: string;
  tokens: TokenRegistry;
  keep?: number;
  /** Cap on the size of all backups together (DEFAULT_BACKUPS_TOTAL_BYTES). */
  maxTotalBytes?: number;
  now?: () => Date;
}

export interface BackupStore {
  write(options: WriteBackupOptions): Promise<{ written: boolean }>;
  list(): Promise<BackupEntry[]>;
  read(backupToken: string): Promise<string | null>;
}

/** `2026-11-22T09:30:00.123Z` -> `2026-11-22T09-30-00-123Z`: sortable and valid on every OS. */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function dateOfStamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const keep = options.keep ?? DEFAULT_BACKUPS_KEPT;
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_BACKUPS_TOTAL_BYTES;
  const now = options.now ?? (() => new Date());
  const { tokens } = options;
  // One write at a time per journey, so pruning never races a write of the same journey.
  const queues = new Map<string, Promise<unknown>>();

  const folderOf = (journeyId: string) => join(options.dir, journeyId);

  async function backupFiles(folder: string): Promise<string[]> {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    return names.filter((n) => BACKUP_FILE.test(n)).sort(); // oldest first (the names sort by time)
  }

  async function writeNow({ journeyId, title, content }: WriteBackupOptions): Promise<{ written: boolean }> {
    if (!JOURNEY_ID.test(journeyId)) throw new Error('invalid journey id');
    const folder = folderOf(journeyId);
    await fs.mkdir(folder, { recursive: true });
    const sha256 = createHash('sha256').update(content).digest('hex');
    const meta = await readJsonFile(join(folder, 'meta.json'), metaSchema, { title });
    const existing = await backupFiles(folder);
    if (meta.sha256 === sha256 && existing.length > 0) {
      if (meta.title !== title) await writeJsonFile(join(folder, 'meta.json'), { title, sha256 });
      return { written: false };
    }

    let name = `${stampOf(now())}.journey.json`;
    for (let n = 2; existing.includes(name); n += 1) name = `${stampOf(now())}-${n}.journey.json`;
    await atomicWriteFile(join(folder, name), content);
    await writeJsonFile(join(folder, 'meta.json'), { title, sha256 });

    const all = [...existing, name].sort();
    for (const old of all.slice(0, Math.max(0, all.length - keep))) {
      await fs.rm(join(folder, old), { force: true });
      tokens.forget(join(folder, old));
    }
    await pruneToTotal();
    return { written: true };
  }

  /** Removes the oldest backups of all journeys until the total fits; the newest of each stays. */
  async function pruneToTotal(): Promise<void> {
    const journeyIds = (await fs.readdir(options.dir).catch(() => [] as string[])).filter((n) => JOURNEY_ID.test(n));
    const removable: { path: string; name: string; bytes: number }[] = [];
    let total = 0;
    for (const journeyId of journeyIds) {
      const names = await backupFiles(folderOf(journeyId));
      for (const [i, name] of names.entries()) {
        const path = join(folderOf(journeyId), name);
        const bytes = (await fs.stat(path).catch(() => null))?.size ?? 0;
        total += bytes;
        if (i < names.length - 1) removable.push({ path, name, bytes });
      }
    }
    if (total <= maxTotalBytes) return;
    removable.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // oldest first
    for (const old of removable) {
      if (total <= maxTotalBytes) break;
      await fs.rm(old.path, { force: true });
      tokens.forget(old.path);
      total -= old.bytes;
    }
  }

  return {
    write(backup) {
      const previous = queues.get(backup.journeyId) ?? Promise.resolve();
      const next = previous.catch(() => undefined).then(() => writeNow(backup));
      queues.set(backup.journeyId, next);
      void next.finally(() => {
        if (queues.get(backup.journeyId) === next) queues.delete(backup.journeyId);
      }).catch(() => undefined);
      return next;
    },

    async list() {
      const journeyIds = (await fs.readdir(options.dir).catch(() => [] as string[])).filter((n) => JOURNEY_ID.test(n));
      const entries: BackupEntry[] = [];
      for (const journeyId of journeyIds) {
        const folder = folderOf(journeyId);
        const meta = await readJsonFile(join(folder, 'meta.json'), metaSchema, { title: '' });
        for (const name of await backupFiles(folder)) {
          const path = join(folder, name);
          const stat = await fs.stat(path).catch(() => null);
          if (!stat?.isFile()) continue;
          const stamp = BACKUP_FILE.exec(name)![1]!;
          entries.push({ backupToken: tokens.tokenFor(path), journeyId, title: meta.title, savedAt: dateOfStamp(stamp), bytes: stat.size });
        }
      }
      return entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    },

    async read(backupToken) {
      const path = tokens.pathFor(backupToken);
      if (!path) return null;
      const read = await readCapped(path, MAX_JOURNEY_FILE_BYTES);
      return read.ok ? new TextDecoder().decode(read.data) : null;
    },
  };
}
