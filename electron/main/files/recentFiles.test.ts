import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECENT_FILES, RecentFiles } from './recentFiles';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-recent-'));
  clock = Date.UTC(2026, 10, 22, 9, 0, 0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const make = (caseInsensitive = false) =>
  new RecentFiles({ file: join(dir, 'recent.json'), now: () => new Date((clock += 1000)), caseInsensitive });

describe('recent files', () => {
  it('keeps the newest first, without duplicates, at most ten, and survives a restart', async () => {
    const recent = make();
    await recent.load();
    for (let i = 0; i < 12; i += 1) await recent.add(`/w/${i}.journey.json`);
    await recent.add('/w/5.journey.json');
    const names = recent.list().map((e) => e.name);
    expect(names).toHaveLength(MAX_RECENT_FILES);
    expect(names.slice(0, 3)).toEqual(['5.journey.json', '11.journey.json', '10.journey.json']);
    expect(names.filter((n) => n === '5.journey.json')).toHaveLength(1);

    const again = make();
    await again.load();
    expect(again.list()).toEqual(recent.list());
  });

  it('treats paths case-insensitively where the file system does', async () => {
    const recent = make(true);
    await recent.add('C:\\Work\\A.journey.json');
    await recent.add('c:\\work\\a.journey.json');
    expect(recent.list()).toHaveLength(1);
  });

  it('removes and clears entries, telling the menu each time', async () => {
    const onChange = vi.fn();
    const recent = new RecentFiles({ file: join(dir, 'recent.json'), caseInsensitive: false, onChange });
    await recent.add('/w/a.journey.json');
    await recent.add('/w/b.journey.json');
    await recent.remove('/w/a.journey.json');
    expect(recent.list().map((e) => e.name)).toEqual(['b.journey.json']);
    await recent.clear();
    expect(onChange).toHaveBeenCalledTimes(4);
    const again = make();
    await again.load();
    expect(again.list()).toEqual([]);
  });

  it('starts empty when the stored list is damaged', async () => {
    writeFileSync(join(dir, 'recent.json'), '{"files": "nope"}');
    const recent = make();
    await recent.load();
    expect(recent.list()).toEqual([]);
  });
});
