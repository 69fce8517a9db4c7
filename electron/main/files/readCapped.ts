/**
 * Reads a file the user chose, refusing it before reading when it is larger than the cap
 * (a 600 MB "journey" must not be loaded into memory first, RELIABILITY.md). Size is taken from
 * the open handle, and reading stops at the cap, so a file that grows in between is refused too.
 */
import { promises as fs } from 'node:fs';

export type CappedRead =
  | { ok: true; data: Uint8Array }
  | { ok: false; error: 'tooLarge' | 'unreadable' | 'notFound' };

export async function readCapped(path: string, maxBytes: number): Promise<CappedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'unreadable' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, error: 'unreadable' };
    if (stat.size > maxBytes) return { ok: false, error: 'tooLarge' };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, error: 'tooLarge' };
      if (length === buffer.length) break;
    }
    return { ok: true, data: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch {
    return { ok: false, error: 'unreadable' };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
