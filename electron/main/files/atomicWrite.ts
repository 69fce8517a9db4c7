/**
 * Writes a file so that a crash, a full disk or a failing rename never leaves a half-written
 * journey: the bytes go to a temp file in the same folder (same file system, so the rename is
 * atomic), are fsynced, then renamed over the target. On failure the temp file is removed and
 * the old file is untouched. Windows can refuse the rename for a moment while an antivirus or
 * indexer holds the target (EPERM/EBUSY): that is retried a few times.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Called after the temp file is written and synced, before the rename (tests inject failures here). */
  beforeRename?: (tempPath: string) => Promise<void> | void;
  /** How often a rename refused with EPERM/EBUSY is tried again. */
  retries?: number;
  retryDelayMs?: number;
  mode?: number;
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export function tempPathFor(target: string): string {
  // A dot file next to the target: same folder, same file system, hidden from most listings.
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function renameWithRetry(from: string, to: string, retries: number, delayMs: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= retries || !RETRYABLE.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * (attempt + 1)));
    }
  }
}

export async function atomicWriteFile(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  // Saving in place keeps the file's permissions: a journey only its owner may read stays so
  // (the temp file would otherwise bring the default mode along with the rename).
  const existingMode = options.mode === undefined ? ((await fs.stat(target).catch(() => null))?.mode ?? null) : null;
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
    if (existingMode !== null && process.platform !== 'win32') await handle.chmod(existingMode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await options.beforeRename?.(temp);
    await renameWithRetry(temp, target, options.retries ?? (process.platform === 'win32' ? 5 : 0), options.retryDelayMs ?? 50);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // Sync the folder so the rename itself survives a power cut (not possible on Windows).
  if (process.platform !== 'win32') {
    const folder = await fs.open(dirname(target), 'r').catch(() => null);
    await folder?.sync().catch(() => undefined);
    await folder?.close().catch(() => undefined);
  }
}

/** What the renderer is told when a write fails: it never sees the raw error or the path. */
export function classifyWriteError(error: unknown): 'readOnly' | 'diskFull' | 'failed' {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'readOnly';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  return 'failed';
}
