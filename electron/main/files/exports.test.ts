import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile } from './atomicWrite';
import { createExportService, type ExportDialogs } from './exports';
import { TokenRegistry } from './tokens';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function service(answers: { file?: string | null; folder?: string | null }, write?: (p: string, d: Uint8Array) => Promise<void>) {
  const dialogs: ExportDialogs = {
    chooseExportLocation: vi.fn(async () => answers.file ?? null),
    chooseFolder: vi.fn(async () => answers.folder ?? null),
  };
  return { exports: createExportService({ dialogs, tokens: new TokenRegistry(), defaultFolder: dir, ...(write ? { write } : {}) }), dialogs };
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('exports', () => {
  it('saves an export where the user chose, adding the extension', async () => {
    const { exports, dialogs } = service({ file: join(dir, 'Map') });
    const result = await exports.saveExport(null, { suggestedName: 'Map', kind: 'png', data: bytes('PNG') });
    expect(dialogs.chooseExportLocation).toHaveBeenCalledWith(null, join(dir, 'Map.png'), 'png');
    expect(result).toMatchObject({ ok: true, name: 'Map.png' });
    expect(readFileSync(join(dir, 'Map.png'), 'utf8')).toBe('PNG');
  });

  it('a cancelled dialog writes nothing', async () => {
    const { exports } = service({});
    expect(await exports.saveExport(null, { suggestedName: 'a.csv', kind: 'csv', data: bytes('a') })).toEqual({ canceled: true });
    expect(await exports.saveExportPack(null, { folderName: 'P', files: [{ name: 'a.csv', data: bytes('a') }] })).toEqual({ canceled: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes a pack into a new folder, never into an existing one', async () => {
    mkdirSync(join(dir, 'Workshop'));
    const { exports } = service({ folder: dir });
    const files = [
      { name: 'notes.csv', data: bytes('a,b') },
      { name: 'map.png', data: bytes('PNG') },
    ];
    expect(await exports.saveExportPack(null, { folderName: 'Workshop', files })).toMatchObject({ ok: true, name: 'Workshop (2)' });
    expect(readdirSync(join(dir, 'Workshop (2)')).sort()).toEqual(['map.png', 'notes.csv']);
    expect(readdirSync(join(dir, 'Workshop'))).toEqual([]);
  });

  it('removes a half-written pack', async () => {
    let calls = 0;
    const write = async (path: string, data: Uint8Array) => {
      if (++calls === 2) throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      await atomicWriteFile(path, data);
    };
    const { exports } = service({ folder: dir }, write);
    const files = [
      { name: 'a.csv', data: bytes('a') },
      { name: 'b.csv', data: bytes('b') },
    ];
    expect(await exports.saveExportPack(null, { folderName: 'Pack', files })).toEqual({ canceled: false, ok: false, error: 'diskFull' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
