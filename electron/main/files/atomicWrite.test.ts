import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile, classifyWriteError } from './atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-atomic-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

/** Bundles atomicWrite.ts and runs it as the unprivileged user `nobody`; returns the error class. */
async function writeAsNobody(target: string): Promise<string> {
  const script = join(dir, 'write.cjs');
  await build({
    stdin: {
      contents: `const { atomicWriteFile, classifyWriteError } = require(${JSON.stringify(join(import.meta.dirname, 'atomicWrite.ts'))});
        atomicWriteFile(process.argv[2], 'new').then(() => console.log('written'), (e) => console.log(classifyWriteError(e)));`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    logLevel: 'silent',
  });
  chmodSync(script, 0o644);
  const out = execFileSync(process.execPath, [script, target], { uid: 65534, gid: 65534, encoding: 'utf8' });
  return out.trim();
}

describe('atomic write', () => {
  it('writes a new file and replaces an old one, leaving no temp file', async () => {
    const target = join(dir, 'Workshop.journey.json');
    await atomicWriteFile(target, '{"v":1}');
    expect(readFileSync(target, 'utf8')).toBe('{"v":1}');
    await atomicWriteFile(target, new TextEncoder().encode('{"v":2}'));
    expect(readFileSync(target, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir)).toEqual(['Workshop.journey.json']);
  });

  it.skipIf(process.platform === 'win32')('saving in place keeps the file\'s permissions (owner-only stays owner-only)', async () => {
    const target = join(dir, 'private.journey.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    await atomicWriteFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
    chmodSync(target, 0o640);
    await atomicWriteFile(target, 'newer');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o640);
  });

  it('a failure between write and rename leaves the old file intact and removes the temp file', async () => {
    const target = join(dir, 'Workshop.journey.json');
    writeFileSync(target, 'old content');
    let tempSeen = '';
    await expect(
      atomicWriteFile(target, 'new content', {
        beforeRename: (temp) => {
          tempSeen = temp;
          // The temp file is complete on disk at this point, in the same folder as the target.
          expect(readFileSync(temp, 'utf8')).toBe('new content');
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect(tempSeen.startsWith(dir)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['Workshop.journey.json']);
  });

  it('a failing fsync (a full disk) leaves the old file intact', async () => {
    const target = join(dir, 'Workshop.journey.json');
    writeFileSync(target, 'old content');
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      if (String(args[0]).endsWith('.tmp')) {
        handle.sync = () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
      }
      return handle;
    });
    const failure = await atomicWriteFile(target, 'new content').catch((e: unknown) => e);
    expect(classifyWriteError(failure)).toBe('diskFull');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['Workshop.journey.json']);
  });

  it('retries a rename refused with EBUSY, as Windows does while a scanner holds the file', async () => {
    const target = join(dir, 'Workshop.journey.json');
    const realRename = fs.rename.bind(fs);
    let refusals = 2;
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (refusals-- > 0) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return realRename(from, to);
    });
    await atomicWriteFile(target, 'saved', { retries: 3, retryDelayMs: 1 });
    expect(readFileSync(target, 'utf8')).toBe('saved');
    expect(fs.rename).toHaveBeenCalledTimes(3);
  });

  it('gives up after the retries and cleans up', async () => {
    const target = join(dir, 'Workshop.journey.json');
    vi.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('locked'), { code: 'EPERM' }));
    const failure = await atomicWriteFile(target, 'saved', { retries: 2, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(classifyWriteError(failure)).toBe('readOnly');
    expect(fs.rename).toHaveBeenCalledTimes(3);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a read-only folder and changes nothing', async () => {
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'Workshop.journey.json'), 'old content');
    chmodSync(folder, 0o555);
    chmodSync(dir, 0o755);
    const target = join(folder, 'Workshop.journey.json');
    // Root may write anywhere, so as root the write runs in a child process as `nobody`.
    const code = isRoot ? await writeAsNobody(target) : classifyWriteError(await atomicWriteFile(target, 'new').catch((e: unknown) => e));
    chmodSync(folder, 0o755);
    expect(code).toBe('readOnly');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(folder)).toEqual(['Workshop.journey.json']);
  });

  it('a read-only folder (refusal injected at the temp file, as the OS does) changes nothing', async () => {
    const target = join(dir, 'Workshop.journey.json');
    writeFileSync(target, 'old content');
    vi.spyOn(fs, 'open').mockRejectedValueOnce(Object.assign(new Error('read-only'), { code: 'EACCES' }));
    const failure = await atomicWriteFile(target, 'new').catch((e: unknown) => e);
    expect(classifyWriteError(failure)).toBe('readOnly');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['Workshop.journey.json']);
  });

  it('classifies errors without passing them on', () => {
    expect(classifyWriteError(Object.assign(new Error(), { code: 'EROFS' }))).toBe('readOnly');
    expect(classifyWriteError(Object.assign(new Error(), { code: 'EDQUOT' }))).toBe('diskFull');
    expect(classifyWriteError(new Error('other'))).toBe('failed');
  });
});
