/**
 * The desktop side of storage, driven in Chromium with a stand-in for Electron's preload
 * (`window.journeyboard`, installed by an init script before the app loads): rolling backups
 * handed to main while editing, on closing a journey and before quitting; Help > Restore from
 * backup; File > Save and Save As; recent files. Main itself (atomic writes, the backup
 * folder) is tested by the Electron helper's own tests; this checks what the renderer sends
 * and does with the answers.
 */
import { expect, test, type Page } from '@playwright/test';
import { serialiseJourney } from '../../shared/format';
import { addNotes, createJourney, createNote, fromDoc, toDoc } from '../../shared/model';
import { cellCentre, frames, typeNewNote } from './board-helpers';
import { card, reportPageErrors } from './library-helpers';

interface FakeMainLog {
  backups: { journeyId: string; title: string; content: string }[];
  saves: { content: string; suggestedName: string; fileToken?: string }[];
  openedRecent: string[];
}

function backupFile(): string {
  const base = toDoc(createJourney({ template: 'funnel', language: 'de', title: 'Messe-Workshop' }));
  const note = createNote({ kind: 'touchpoint', phaseId: base.phases[0]!.id, laneId: base.lanes[0]!.id, text: 'Messestand' });
  return serialiseJourney(fromDoc(addNotes(base, [note])), { generator: 'Journeyboard test' });
}

async function installFakeMain(page: Page, options: { backupContent: string }): Promise<void> {
  await page.addInitScript(({ backupContent }) => {
    const log: FakeMainLog = { backups: [], saves: [], openedRecent: [] };
    const menu: ((action: string) => void)[] = [];
    const quit: (() => Promise<void> | void)[] = [];
    const none = () => () => undefined;
    const w = window as unknown as Record<string, unknown>;
    w['__fakeMain'] = {
      log,
      menu: (action: string) => menu.forEach((l) => l(action)),
      quit: () => Promise.all(quit.map((l) => l())),
    };
    w['journeyboard'] = {
      appInfo: async () => ({ version: '0.1.0', platform: 'linux', electron: '41.7.1', userDataFolder: 'Journeyboard' }),
      setLanguage: async () => undefined,
      openJourneyFile: async () => ({ canceled: true }),
      openRecentJourneyFile: async (token: string) => {
        log.openedRecent.push(token);
        return { canceled: false, ok: true, fileToken: token, name: 'Messe.journey.json', data: new TextEncoder().encode(backupContent) };
      },
      listRecentJourneyFiles: async () => [{ fileToken: 'recent000001', name: 'Messe.journey.json', openedAt: new Date().toISOString() }],
      saveJourneyFile: async (o: { content: string; suggestedName: string; fileToken?: string }) => {
        log.saves.push(o);
        return { canceled: false, ok: true, fileToken: o.fileToken ?? 'savedfile001', name: `${o.suggestedName}.journey.json` };
      },
      saveExport: async () => ({ canceled: true }),
      saveExportPack: async () => ({ canceled: true }),
      writeBackup: async (o: { journeyId: string; title: string; content: string }) => void log.backups.push(o),
      listBackups: async () => [
        { backupToken: 'backup000002', journeyId: 'messeJourney', title: 'Messe-Workshop', savedAt: '2026-11-20T15:30:00.000Z', bytes: backupContent.length },
        { backupToken: 'backup000001', journeyId: 'messeJourney', title: 'Messe-Workshop', savedAt: '2026-11-20T15:00:00.000Z', bytes: backupContent.length - 10 },
      ],
      readBackup: async (token: string) => (token === 'backup000002' ? backupContent : null),
      listDisplays: async () => [],
      openProjector: async () => null,
      closeProjector: async () => undefined,
      onMenuAction: (l: (action: string) => void) => {
        menu.push(l);
        return () => menu.splice(menu.indexOf(l), 1);
      },
      onOpenFile: none,
      onDisplaysChanged: none,
      onProjectorClosed: none,
      onBeforeQuit: (l: () => Promise<void> | void) => {
        quit.push(l);
        return () => quit.splice(quit.indexOf(l), 1);
      },
    };
  }, options);
}

const fakeLog = (page: Page) => page.evaluate(() => (window as unknown as { __fakeMain: { log: FakeMainLog } }).__fakeMain.log);
const menu = (page: Page, action: string) => page.evaluate((a) => (window as unknown as { __fakeMain: { menu(a: string): void } }).__fakeMain.menu(a), action);

async function newBoard(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-title').fill(title);
  await page.getByTestId('new-journey-create').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
}

test('hands main a backup on closing and before quitting, and restores one as a new journey', async ({ page }) => {
  reportPageErrors(page);
  await installFakeMain(page, { backupContent: backupFile() });
  await newBoard(page, 'Desktop workshop');
  await typeNewNote(page, await cellCentre(page, 0, 0), 'Before quitting');
  // Quitting waits for this: autosave flushed and a backup written.
  await page.evaluate(() => (window as unknown as { __fakeMain: { quit(): Promise<unknown> } }).__fakeMain.quit());
  let log = await fakeLog(page);
  expect(log.backups).toHaveLength(1);
  expect(log.backups[0]!.title).toBe('Desktop workshop');
  expect(JSON.parse(log.backups[0]!.content).journey.notes.map((n: { text: string }) => n.text)).toEqual(['Before quitting']);
  expect(await page.evaluate(() => window.__journeyboard!.autosave()!.pending)).toBe(0);

  await typeNewNote(page, await cellCentre(page, 1, 0), 'Before closing');
  await page.getByTestId('back-to-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
  log = await fakeLog(page);
  expect(log.backups).toHaveLength(2);
  expect(JSON.parse(log.backups[1]!.content).journey.notes).toHaveLength(2);

  // Help > Restore from backup lists the backups, newest first, and restores as a new journey.
  await menu(page, 'help.restoreBackup');
  const dialog = page.getByTestId('restore-backup-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Messe-Workshop' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Restore/ })).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/storage-restore-backup.png' });
  await dialog.getByRole('button', { name: /^Restore/ }).first().click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.notes.map((n) => n.text))).toEqual(['Messestand']);
  const restored = await page.evaluate(() => window.__journeyboard!.journey()!);
  expect(restored.title).toMatch(/^Messe-Workshop \(restored from /);
  await page.getByTestId('back-to-library').click();
  await expect(page.getByRole('list', { name: 'Journeys' }).getByRole('listitem')).toHaveCount(2);
});

test('File > Save asks where the first time, then writes back to that file; Save As asks again', async ({ page }) => {
  reportPageErrors(page);
  await installFakeMain(page, { backupContent: backupFile() });
  await newBoard(page, 'Kick-off: Q3 / planning');
  await typeNewNote(page, await cellCentre(page, 0, 0), 'Saved to a file');
  await menu(page, 'file.save');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
  await typeNewNote(page, await cellCentre(page, 1, 0), 'Saved again');
  await menu(page, 'file.save');
  await menu(page, 'file.saveAs');
  await expect.poll(async () => (await fakeLog(page)).saves.length).toBe(3);
  const saves = (await fakeLog(page)).saves;
  expect(saves.map((s) => s.fileToken ?? null)).toEqual([null, 'savedfile001', null]);
  expect(saves[0]!.suggestedName).toBe('Kick-off- Q3 - planning');
  // The file holds everything typed until Save, without waiting for autosave.
  expect(JSON.parse(saves[1]!.content).journey.notes.map((n: { text: string }) => n.text).sort()).toEqual(['Saved again', 'Saved to a file']);
});

test('recent files on the start screen open through the import', async ({ page }) => {
  reportPageErrors(page);
  await installFakeMain(page, { backupContent: backupFile() });
  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent files' });
  await expect(recent).toBeVisible();
  await recent.getByRole('button', { name: 'Open Messe.journey.json' }).click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.title)).toBe('Messe-Workshop');
  expect((await fakeLog(page)).openedRecent).toEqual(['recent000001']);
  await page.getByTestId('back-to-library').click();
  await expect(card(page, 'Messe-Workshop')).toContainText('1 note');
});

test('in a browser, Ctrl+S downloads the journey file and no backup screen is offered', async ({ page }) => {
  reportPageErrors(page);
  // Without the File System Access API the browser build falls back to a download.
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>)['showSaveFilePicker'];
    delete (window as unknown as Record<string, unknown>)['showOpenFilePicker'];
  });
  await newBoard(page, 'Browser workshop');
  await typeNewNote(page, await cellCentre(page, 0, 0), 'Downloaded');
  const download = page.waitForEvent('download');
  await page.getByTestId('board-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+s');
  // Without a save picker the notice offers the file; one click on its button downloads it.
  await page.locator('.notice-action').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Browser workshop.journey.json');
  const text = await (await file.createReadStream()).toArray();
  const content = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(content.format).toBe('journeyboard');
  expect(content.journey.notes.map((n: { text: string }) => n.text)).toEqual(['Downloaded']);
  await expect(page.getByTestId('restore-backup-dialog')).toHaveCount(0);
  await expect(page.getByTestId('save-file')).toBeVisible();
});
