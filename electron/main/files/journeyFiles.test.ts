import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourneyFileService, journeySavePath, type JourneyFileDialogs } from './journeyFiles';
import { RecentFiles } from './recentFiles';
import { TokenRegistry } from './tokens';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-files-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function service(
  answers: { open?: string | null; save?: string | null } = {},
  extra: { maxBytes?: number; write?: (p: string, d: string) => Promise<void>; tokens?: TokenRegistry } = {},
) {
  const dialogs: JourneyFileDialogs = {
    chooseJourneyToOpen: vi.fn(async () => answers.open ?? null),
    chooseJourneySaveLocation: vi.fn(async () => answers.save ?? null),
  };
  const recent = new RecentFiles({ file: join(dir, 'user', 'recent.json'), caseInsensitive: false });
  const files = createJourneyFileService({ dialogs, tokens: extra.tokens ?? new TokenRegistry(), recent, defaultFolder: join(dir, 'Documents'), ...extra });
  return { files, dialogs, recent };
}

describe('journey files', () => {
  it('opens a file as bytes behind a token and remembers it as recent', async () => {
    const path = join(dir, 'Kickoff.journey.json');
    writeFileSync(path, '\uFEFF{"title":"Kickoff"}');
    const { files } = service({ open: path });
    const opened = await files.open(null);
    if (opened.canceled || !opened.ok) throw new Error('not opened');
    expect(opened.name).toBe('Kickoff.journey.json');
    expect(opened.fileToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(JSON.stringify(opened)).not.toContain(dir); // no path goes to the renderer
    expect(Array.from(opened.data.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]); // raw bytes, BOM included
    expect(files.listRecent()).toEqual([{ fileToken: opened.fileToken, name: 'Kickoff.journey.json', openedAt: expect.any(String) }]);
  });

  it('a cancelled dialog is a no-op', async () => {
    const { files, recent } = service();
    expect(await files.open(null)).toEqual({ canceled: true });
    expect(await files.save(null, { content: '{}', suggestedName: 'A' })).toEqual({ canceled: true });
    expect(recent.list()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an oversize file before reading', async () => {
    const path = join(dir, 'big.journey.json');
    writeFileSync(path, 'x'.repeat(101));
    const { files } = service({ open: path }, { maxBytes: 100 });
    expect(await files.open(null)).toEqual({ canceled: false, ok: false, name: 'big.journey.json', error: 'tooLarge' });
  });

  it('Save As asks where, adds the extension and Save writes back to the same file', async () => {
    mkdirSync(join(dir, 'Workshops'));
    const { files, dialogs } = service({ save: join(dir, 'Workshops', 'Kickoff') });
    const first = await files.save(null, { content: '{"v":1}', suggestedName: 'Kickoff' });
    if (first.canceled || !first.ok) throw new Error('not saved');
    expect(dialogs.chooseJourneySaveLocation).toHaveBeenCalledWith(null, join(dir, 'Documents', 'Kickoff.journey.json'));
    expect(first.name).toBe('Kickoff.journey.json');
    expect(readFileSync(join(dir, 'Workshops', 'Kickoff.journey.json'), 'utf8')).toBe('{"v":1}');

    const second = await files.save(null, { content: '{"v":2}', suggestedName: 'ignored', fileToken: first.fileToken });
    expect(second).toEqual(first);
    expect(dialogs.chooseJourneySaveLocation).toHaveBeenCalledTimes(1);
    expect(readFileSync(join(dir, 'Workshops', 'Kickoff.journey.json'), 'utf8')).toBe('{"v":2}');
    expect(readdirSync(join(dir, 'Workshops'))).toEqual(['Kickoff.journey.json']);

    // The next Save As starts in the folder used last.
    await files.save(null, { content: '{}', suggestedName: 'Next' });
    expect(dialogs.chooseJourneySaveLocation).toHaveBeenLastCalledWith(null, join(dir, 'Workshops', 'Next.journey.json'));
  });

  it('a token from another session falls back to Save As', async () => {
    const { files, dialogs } = service({ save: null });
    expect(await files.save(null, { content: '{}', suggestedName: 'A', fileToken: 'unknownToken123' })).toEqual({ canceled: true });
    expect(dialogs.chooseJourneySaveLocation).toHaveBeenCalledTimes(1);
  });

  it('never saves over a file it was not given as a journey file to save: a PNG opened with File > Open, an export, a backup', async () => {
    const png = join(dir, 'board.png');
    writeFileSync(png, 'png bytes');
    const exported = join(dir, 'export.pdf');
    writeFileSync(exported, 'pdf bytes');
    const tokens = new TokenRegistry();
    const { files, dialogs } = service({ open: png, save: null }, { tokens });
    const opened = await files.open(null);
    if (opened.canceled || !opened.ok) throw new Error('not opened');
    // Save with the PNG's token asks where (cancelled here) and leaves the PNG alone.
    expect(await files.save(null, { content: '{"v":1}', suggestedName: 'board', fileToken: opened.fileToken })).toEqual({ canceled: true });
    // A token the registry handed out for another purpose (exports and backups share it).
    expect(await files.save(null, { content: '{"v":1}', suggestedName: 'board', fileToken: tokens.tokenFor(exported) })).toEqual({ canceled: true });
    expect(dialogs.chooseJourneySaveLocation).toHaveBeenCalledTimes(2);
    expect(readFileSync(png, 'utf8')).toBe('png bytes');
    expect(readFileSync(exported, 'utf8')).toBe('pdf bytes');
  });

  it('saves in place over a journey file that was opened as one', async () => {
    const path = join(dir, 'Kickoff.journey.json');
    writeFileSync(path, '{"v":0}');
    const { files, dialogs } = service({ open: path });
    const opened = await files.open(null);
    if (opened.canceled || !opened.ok) throw new Error('not opened');
    expect(await files.save(null, { content: '{"v":1}', suggestedName: 'x', fileToken: opened.fileToken })).toMatchObject({ ok: true });
    expect(dialogs.chooseJourneySaveLocation).not.toHaveBeenCalled();
    expect(readFileSync(path, 'utf8')).toBe('{"v":1}');
  });

  it('a failed write reports why and keeps the old file', async () => {
    const path = join(dir, 'Kickoff.journey.json');
    writeFileSync(path, 'old');
    const write = vi.fn(async () => {
      throw Object.assign(new Error('full'), { code: 'ENOSPC' });
    });
    const { files } = service({ save: path }, { write });
    expect(await files.save(null, { content: 'new', suggestedName: 'Kickoff' })).toEqual({ canceled: false, ok: false, error: 'diskFull' });
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('refuses to write more than the cap', async () => {
    const { files, dialogs } = service({ save: join(dir, 'a.journey.json') }, { maxBytes: 4 });
    expect(await files.save(null, { content: 'ÄÄÄ', suggestedName: 'a' })).toEqual({ canceled: false, ok: false, error: 'tooLarge' });
    expect(dialogs.chooseJourneySaveLocation).not.toHaveBeenCalled();
  });

  it('opens a recent file by token and drops it when it has gone', async () => {
    const path = join(dir, 'Kickoff.journey.json');
    writeFileSync(path, '{}');
    const { files } = service({ open: path });
    await files.open(null);
    const [entry] = files.listRecent();
    expect(await files.openRecent(entry!.fileToken)).toMatchObject({ ok: true, name: 'Kickoff.journey.json' });
    rmSync(path);
    expect(await files.openRecent(entry!.fileToken)).toEqual({ canceled: false, ok: false, name: 'Kickoff.journey.json', error: 'notFound' });
    expect(files.listRecent()).toEqual([]);
    expect(await files.openRecent('neverIssued1')).toMatchObject({ ok: false, error: 'notFound' });
  });

  it('keeps a chosen .json name and completes a bare one', () => {
    expect(journeySavePath(join('/w', 'a.json'))).toBe(join('/w', 'a.json'));
    expect(journeySavePath(join('/w', 'a'))).toBe(join('/w', 'a.journey.json'));
  });
});
