import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenRegistry } from '../files/tokens';
import { createBackupStore, dateOfStamp, stampOf } from './backupStore';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-backups-'));
  clock = Date.UTC(2026, 10, 22, 9, 0, 0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const store = (keep = 3, tick = 60_000) => createBackupStore({ dir, tokens: new TokenRegistry(), keep, now: () => new Date((clock += tick)) });

describe('backup store', () => {
  it('writes backups as journey files and lists them newest first', async () => {
    const backups = store();
    await backups.write({ journeyId: 'j1', title: 'Kickoff', content: '{"v":1}' });
    await backups.write({ journeyId: 'j1', title: 'Kickoff', content: '{"v":2}' });
    await backups.write({ journeyId: 'j2', title: 'Onboarding', content: '{"w":1}' });
    const list = await backups.list();
    expect(list.map((e) => [e.journeyId, e.title, e.savedAt])).toEqual([
      ['j2', 'Onboarding', '2026-11-22T09:03:00.000Z'],
      ['j1', 'Kickoff', '2026-11-22T09:02:00.000Z'],
      ['j1', 'Kickoff', '2026-11-22T09:01:00.000Z'],
    ]);
    expect(list[1]!.bytes).toBe(7);
    expect(await backups.read(list[1]!.backupToken)).toBe('{"v":2}');
    expect(readdirSync(join(dir, 'j1')).sort()).toEqual(['2026-11-22T09-01-00-000Z.journey.json', '2026-11-22T09-02-00-000Z.journey.json', 'meta.json']);
    expect(JSON.stringify(list)).not.toContain(dir); // tokens, never paths
  });

  it('keeps only the last N per journey', async () => {
    const backups = store(3);
    for (let v = 1; v <= 5; v += 1) await backups.write({ journeyId: 'j1', title: 'T', content: `{"v":${v}}` });
    const list = await backups.list();
    expect(list).toHaveLength(3);
    expect(await Promise.all(list.map((e) => backups.read(e.backupToken)))).toEqual(['{"v":5}', '{"v":4}', '{"v":3}']);
  });

  it('keeps all backups together under the total cap, oldest first, the newest of each journey always', async () => {
    const big = (v: number) => JSON.stringify({ v, pad: 'x'.repeat(180) });
    const cap = Math.floor(big(1).length * 4.5); // room for four backups, not five
    const backups = createBackupStore({ dir, tokens: new TokenRegistry(), keep: 20, maxTotalBytes: cap, now: () => new Date((clock += 60_000)) });
    for (let v = 1; v <= 4; v += 1) await backups.write({ journeyId: 'j1', title: 'A', content: big(v) });
    for (let v = 1; v <= 4; v += 1) await backups.write({ journeyId: 'j2', title: 'B', content: big(10 + v) });
    const list = await backups.list();
    expect(list.reduce((sum, e) => sum + e.bytes, 0)).toBeLessThanOrEqual(cap);
    expect(list.map((e) => e.journeyId).sort()).toEqual(['j1', 'j2', 'j2', 'j2']);
    // The oldest went; the newest of j1 stayed although it is older than all of j2's.
    expect(await backups.read(list.find((e) => e.journeyId === 'j1')!.backupToken)).toBe(big(4));
    // A single journey larger than the cap still keeps its newest backup.
    const tiny = createBackupStore({ dir, tokens: new TokenRegistry(), keep: 20, maxTotalBytes: 10, now: () => new Date((clock += 60_000)) });
    await tiny.write({ journeyId: 'j3', title: 'C', content: big(99) });
    expect((await tiny.list()).filter((e) => e.journeyId === 'j3')).toHaveLength(1);
  });

  it('does not write an unchanged journey again, but follows a new title', async () => {
    const backups = store();
    expect(await backups.write({ journeyId: 'j1', title: 'Kickoff', content: '{"v":1}' })).toEqual({ written: true });
    expect(await backups.write({ journeyId: 'j1', title: 'Kickoff', content: '{"v":1}' })).toEqual({ written: false });
    expect(await backups.write({ journeyId: 'j1', title: 'Kickoff 2026', content: '{"v":1}' })).toEqual({ written: false });
    const list = await backups.list();
    expect(list.map((e) => e.title)).toEqual(['Kickoff 2026']);
  });

  it('writes again when the last backup file was removed', async () => {
    const backups = store();
    await backups.write({ journeyId: 'j1', title: 'T', content: '{}' });
    for (const name of readdirSync(join(dir, 'j1'))) if (name !== 'meta.json') rmSync(join(dir, 'j1', name));
    expect(await backups.write({ journeyId: 'j1', title: 'T', content: '{}' })).toEqual({ written: true });
  });

  it('keeps two backups written in the same millisecond', async () => {
    const backups = store(5, 0);
    await Promise.all([
      backups.write({ journeyId: 'j1', title: 'T', content: '{"a":1}' }),
      backups.write({ journeyId: 'j1', title: 'T', content: '{"a":2}' }),
    ]);
    const list = await backups.list();
    expect(list).toHaveLength(2);
    expect((await Promise.all(list.map((e) => backups.read(e.backupToken)))).sort()).toEqual(['{"a":1}', '{"a":2}']);
  });

  it('ignores foreign files and folders and survives a damaged meta file', async () => {
    const backups = store();
    await backups.write({ journeyId: 'j1', title: 'T', content: '{}' });
    writeFileSync(join(dir, 'j1', 'notes.txt'), 'x');
    writeFileSync(join(dir, 'j1', 'meta.json'), '{broken');
    writeFileSync(join(dir, 'README'), 'x');
    const list = await backups.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.title).toBe('');
  });

  it('reads nothing for an unknown or removed backup', async () => {
    const backups = store(1);
    await backups.write({ journeyId: 'j1', title: 'T', content: '{"v":1}' });
    const [first] = await backups.list();
    await backups.write({ journeyId: 'j1', title: 'T', content: '{"v":2}' });
    expect(await backups.read(first!.backupToken)).toBeNull();
    expect(await backups.read('neverIssued1')).toBeNull();
  });

  it('refuses a journey id that could be a path', async () => {
    await expect(store().write({ journeyId: '../x', title: 'T', content: '{}' })).rejects.toThrow(/journey id/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stamps sort by time and read back as ISO dates', () => {
    const stamp = stampOf(new Date('2026-01-02T03:04:05.006Z'));
    expect(stamp).toBe('2026-01-02T03-04-05-006Z');
    expect(dateOfStamp(stamp)).toBe('2026-01-02T03:04:05.006Z');
  });
});
