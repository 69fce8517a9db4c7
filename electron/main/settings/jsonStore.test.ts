import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './jsonStore';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-json-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const schema = z.object({ width: z.number() });

describe('JSON settings files', () => {
  it('round-trips a value, creating the folder', async () => {
    const path = join(dir, 'nested', 'state.json');
    await writeJsonFile(path, { width: 800 });
    expect(await readJsonFile(path, schema, { width: 1 })).toEqual({ width: 800 });
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
  });

  it('falls back on a missing, damaged or wrong-shaped file', async () => {
    expect(await readJsonFile(join(dir, 'none.json'), schema, { width: 1 })).toEqual({ width: 1 });
    writeFileSync(join(dir, 'bad.json'), '{"width": 8');
    expect(await readJsonFile(join(dir, 'bad.json'), schema, { width: 1 })).toEqual({ width: 1 });
    writeFileSync(join(dir, 'wrong.json'), '{"width": "wide"}');
    expect(await readJsonFile(join(dir, 'wrong.json'), schema, { width: 1 })).toEqual({ width: 1 });
  });
});
