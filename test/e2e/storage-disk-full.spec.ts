/**
 * A really full disk (issue 14): the browser profile lives on a small tmpfs, `dd` fills the
 * rest, and the facilitator goes on editing. Chromium's IndexedDB backend then fails its writes
 * and closes the connection; reopening fails too while the disk stays full. Once space is freed
 * the app must heal by itself: reopen the database, store every edit made meanwhile and say
 * "Saved" again, all without a reload.
 *
 * Mounting needs root (CI runs as root). Elsewhere the test is skipped and says why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { cellCentre, frames, typeNewNote } from './board-helpers';
import { card, reportPageErrors } from './library-helpers';
import { retypeNote, storedNoteTexts } from './storage-helpers';

const TMPFS_SIZE = '60m';

/** Mounts a small tmpfs, or returns why it cannot. */
function mountTmpfs(): { dir: string } | { skip: string } {
  if (process.platform !== 'linux') return { skip: `tmpfs needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { skip: 'mounting a tmpfs needs root (CI runs the tests as root)' };
  const dir = mkdtempSync(join(tmpdir(), 'jb-disk-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `mount -t tmpfs is not allowed here: ${(mounted.stderr || mounted.error?.message || '').trim()}` };
  }
  return { dir };
}

function unmount(dir: string): void {
  spawnSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Fills the filesystem to the last byte; `dd` stops with "No space left on device". */
function fillDisk(file: string): void {
  spawnSync('dd', ['if=/dev/zero', `of=${file}`, 'bs=64k'], { encoding: 'utf8' });
  // Whatever dd's last block left: fill it byte-wise so not even small writes fit.
  spawnSync('dd', ['if=/dev/zero', `of=${file}-tail`, 'bs=1'], { encoding: 'utf8' });
  execFileSync('sync');
}

const health = (page: Page) => page.evaluate(() => window.__journeyboard!.storage());
const saveState = (page: Page) => page.evaluate(() => window.__journeyboard!.autosave()?.status.state);

test('a really full disk: every edit reaches IndexedDB once space is freed, without a reload', async ({ baseURL }) => {
  // Three browsers of work on a shared, loaded machine: generous, the waits inside are for states.
  test.setTimeout(480_000);
  const mount = mountTmpfs();
  if ('skip' in mount) {
    console.log(`storage-disk-full skipped: ${mount.skip}`);
    test.skip(true, mount.skip);
    return;
  }
  const profile = join(mount.dir, 'profile');
  const filler = join(mount.dir, 'filler');
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--disk-cache-size=1'],
      baseURL,
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    reportPageErrors(page);
    page.on('console', (m) => m.type() === 'error' && console.log(`[page console] ${m.text()}`));
    await page.goto('/');
    await page.getByTestId('new-journey').click();
    await page.getByTestId('new-journey-title').fill('Disk full workshop');
    await page.getByTestId('new-journey-create').click();
    await expect(page.getByTestId('board-canvas')).toBeVisible();
    await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
    await frames(page);
    const journeyId = (await page.evaluate(() => window.__journeyboard!.journey()!.id))!;
    const typed = new Map<string, string>();
    const before = await typeNewNote(page, await cellCentre(page, 0, 0), 'Stored before the disk filled');
    typed.set(before, 'Stored before the disk filled');
    await expect.poll(() => saveState(page)).toBe('saved');

    // A second tab shows the library: its list must follow once the database is back.
    const library = await context.newPage();
    reportPageErrors(library);
    await library.goto('/');
    const libraryCard = card(library, 'Disk full workshop');
    await expect(libraryCard.locator('.card-counts')).toContainText('1 note');

    fillDisk(filler);
    // Edits on a full disk: notes typed into different cells, then their texts changed again
    // and again until a write fails (the database file may still hold free pages from before,
    // so the first few small writes can succeed on a full disk).
    const cells = [
      [1, 0],
      [2, 0],
      [0, 1],
      [1, 1],
    ] as const;
    const onFullDisk: string[] = [];
    for (const [i, [phase, lane]] of cells.entries()) {
      const text = `Typed on a full disk ${i + 1}`;
      const id = await typeNewNote(page, await cellCentre(page, phase, lane), text);
      typed.set(id, text);
      onFullDisk.push(id);
    }
    let editsWhileFull = cells.length;
    const settled = () => page.evaluate(() => window.__journeyboard!.autosave()!.status.state);
    for (let round = 0; round < 60; round += 1) {
      await expect.poll(settled).not.toBe('saving');
      if ((await settled()) === 'unsaved') break;
      const id = onFullDisk[round % onFullDisk.length]!;
      const text = `Edit ${round + 1} on a full disk: ${'prices compared twice, delivery date unclear. '.repeat(3)}`;
      await retypeNote(page, id, text);
      typed.set(id, text);
      editsWhileFull += 1;
    }
    await expect(page.getByTestId('save-status')).toHaveText('Not saved');
    await expect(page.locator('[data-testid^=banner-]').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/storage-disk-full-banner.png' });
    // The disk stays full across at least one failed reopen of the database.
    await page.getByTestId('banner-retry').click();
    await expect.poll(async () => (await health(page)).failedReopens, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    const stats = await health(page);
    console.log(`disk full: ${stats.closes} connection closes, ${stats.failedReopens} failed reopens while full`);

    // Space is freed: no reload, no click. The app heals and stores everything.
    rmSync(filler, { force: true });
    rmSync(`${filler}-tail`, { force: true });
    await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 60_000 });
    await expect(page.locator('[data-testid^=banner-]')).toHaveCount(0);
    const stored = await storedNoteTexts(page, journeyId);
    const lost = [...typed].filter(([id, text]) => stored[id] !== text).length;
    console.log(`disk full: ${editsWhileFull + 1} edits made (${editsWhileFull} while full, into ${typed.size} notes), ${lost} lost; ${(await health(page)).reopens} reopens`);
    expect(lost).toBe(0);
    expect(Object.keys(stored).length).toBe(typed.size);
    await page.screenshot({ path: 'test-results/screens/storage-disk-full-healed.png' });
    await expect(libraryCard.locator('.card-counts')).toContainText(`${typed.size} notes`);
    await context.close();
  } finally {
    unmount(mount.dir);
  }
});
