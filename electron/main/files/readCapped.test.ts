import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCapped } from './readCapped';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-read-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('capped read', () => {
  it('reads a file within the cap', async () => {
    writeFileSync(join(dir, 'a.journey.json'), '{"title":"Ä"}');
    const result = await readCapped(join(dir, 'a.journey.json'), 1000);
    expect(result.ok && new TextDecoder().decode(result.data)).toBe('{"title":"Ä"}');
  });

  it('refuses an oversize file before reading it', async () => {
    const path = join(dir, 'huge.journey.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 600 * 1024 * 1024); // a sparse 600 MB file: no disk space used
    closeSync(fd);
    const realOpen = fs.open.bind(fs);
    let reads = 0;
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      const read = handle.read.bind(handle);
      handle.read = ((...a: Parameters<typeof read>) => { reads += 1; return read(...a); }) as typeof handle.read;
      return handle;
    });
    expect(await readCapped(path, 100 * 1024 * 1024)).toEqual({ ok: false, error: 'tooLarge' });
    expect(reads).toBe(0);
  });

  it('accepts a file of exactly the cap and refuses one byte more', async () => {
    writeFileSync(join(dir, 'exact'), 'x'.repeat(10));
    expect((await readCapped(join(dir, 'exact'), 10)).ok).toBe(true);
    expect(await readCapped(join(dir, 'exact'), 9)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('reports a missing file and a folder', async () => {
    expect(await readCapped(join(dir, 'gone.journey.json'), 10)).toEqual({ ok: false, error: 'notFound' });
    expect(await readCapped(dir, 10)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('reads an empty file as empty bytes (the import pipeline reports it)', async () => {
    writeFileSync(join(dir, 'empty.journey.json'), '');
    const result = await readCapped(join(dir, 'empty.journey.json'), 10);
    expect(result).toEqual({ ok: true, data: new Uint8Array(0) });
  });
});
