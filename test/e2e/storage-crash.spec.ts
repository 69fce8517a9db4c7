/**
 * Crash safety (issue 4): edit a journey through the board, kill the browser process with
 * SIGKILL within the last seconds of editing (no unload, no flush, no goodbye), start it again
 * on the same profile, and find every edit older than one second intact and the journey
 * consistent. Several rounds in a row on one profile, each killed at a different moment.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { JourneySchema, type Journey } from '../../shared/model';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { cellCentre, frames, noteCentre, typeNewNote } from './board-helpers';
import { card, reportPageErrors } from './library-helpers';

/** The browser's main process: the one started with our profile folder and no --type. */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  reportPageErrors(page);
  return { context, page };
}

async function killBrowser(context: BrowserContext, profile: string): Promise<void> {
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.kill(browserPid(profile), 'SIGKILL');
  await closed;
}

/** What each note was, and when the test saw it become so; null = deleted. */
type History = Map<string, { at: number; text: string | null }[]>;

function record(history: History, id: string, text: string | null): void {
  const list = history.get(id) ?? [];
  list.push({ at: Date.now(), text });
  history.set(id, list);
}

/** Checks the reopened journey against the history; returns the states that are now true. */
/**
 * `storedAt`: the moment autosave reported everything stored; what the test saw before it must
 * survive, and so must everything older than a second before the kill.
 */
function checkAgainst(history: History, journey: Journey, killedAt: number, storedAt: number): void {
  const actual = new Map(journey.notes.map((n) => [n.id, n.text]));
  const requiredBefore = Math.max(killedAt - 1_000, storedAt);
  for (const [id, states] of history) {
    const settled = states.filter((s) => s.at <= requiredBefore);
    const required = settled.at(-1);
    // Allowed: the last state older than a second, or anything after it (it may have made it).
    const allowed = required ? states.slice(states.indexOf(required)) : [{ at: 0, text: null }, ...states];
    const now = actual.get(id) ?? null;
    expect(allowed.map((s) => s.text), `note ${id}`).toContain(now);
  }
  for (const id of actual.keys()) expect(history.has(id), `unknown note ${id}`).toBe(true);
}

function consistent(journey: Journey): void {
  expect(JourneySchema.safeParse(journey).success).toBe(true);
  const phases = new Set(journey.phases.map((p) => p.id));
  const lanes = new Set(journey.lanes.map((l) => l.id));
  const notes = new Set(journey.notes.map((n) => n.id));
  for (const note of journey.notes) {
    if (note.phaseId !== null) expect(phases.has(note.phaseId)).toBe(true);
    if (note.laneId !== null) expect(lanes.has(note.laneId)).toBe(true);
  }
  for (const c of journey.connectors) expect(notes.has(c.from) && notes.has(c.to)).toBe(true);
}

/** Waits for autosave to reach a state: `writing` (a write has begun or already ended), `stored` (nothing left to write). */
async function autosaveReaches(page: Page, moment: 'writing' | 'stored'): Promise<void> {
  await page.waitForFunction((wanted) => {
    const autosave = window.__journeyboard!.autosave();
    if (!autosave) return false;
    if (wanted === 'writing') return autosave.status.state === 'saving' || (autosave.status.state === 'saved' && autosave.pending === 0);
    return autosave.status.state === 'saved' && autosave.pending === 0;
  }, moment);
}

const journeyNow = (page: Page) => page.evaluate(() => window.__journeyboard!.journey()!);

async function openFromLibrary(page: Page, title: string): Promise<Journey> {
  await page.goto('/');
  const entry = card(page, title);
  await expect(entry).toBeVisible();
  const countText = await entry.locator('.card-counts').textContent();
  await entry.getByTestId('journey-open').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
  await frames(page);
  // No "could not be read" notice: every stored row was valid.
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  const journey = await journeyNow(page);
  expect(countText).toContain(`${journey.notes.length} note`);
  return journey;
}

async function editNoteText(page: Page, id: string, text: string): Promise<void> {
  const at = await noteCentre(page, id);
  await page.mouse.dblclick(at.x, at.y);
  const area = page.getByTestId('note-editor').locator('textarea');
  await expect(area).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await journeyNow(page)).notes.find((n) => n.id === id)?.text).toBe(text);
}

async function deleteNote(page: Page, id: string): Promise<void> {
  const at = await noteCentre(page, id);
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await journeyNow(page)).notes.some((n) => n.id === id)).toBe(false);
}

test('every edit older than a second survives the browser being killed, round after round', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'jb-crash-'));
  const history: History = new Map();
  // When, after the last edit, the browser dies, as states of autosave rather than delays: at
  // once, once its write began (or ended), once everything is stored; twice round.
  const killMoments = ['atOnce', 'writing', 'stored', 'atOnce', 'writing'] as const;
  const title = 'Crash test workshop';
  try {
    let { context, page } = await launch(profile, baseURL!);
    await page.goto('/');
    await page.getByTestId('new-journey').click();
    await page.getByTestId('new-journey-title').fill(title);
    await page.getByTestId('new-journey-create').click();
    await expect(page.getByTestId('board-canvas')).toBeVisible();
    await page.waitForFunction(() => window.__journeyboard?.canvasClientRect() != null);
    await frames(page);
    let journey = await journeyNow(page);

    for (const [round, moment] of killMoments.entries()) {
      // Two places per cell (left and right half), in a rotation, so a new note lands on
      // empty paper and never on an earlier note.
      const cell = async (k: number) => {
        const slot = round * 2 + k;
        const index = Math.floor(slot / 2) % 9;
        const centre = await cellCentre(page, index % 3, Math.floor(index / 3));
        const phase = await page.evaluate((id) => window.__journeyboard!.phaseHeaderClientRect(id), journey.phases[index % 3]!.id);
        return { x: centre.x + ((slot % 2 === 0 ? -1 : 1) * phase!.width) / 4, y: centre.y };
      };
      const existing = journey.notes.map((n) => n.id);
      const a = await typeNewNote(page, await cell(0), `Round ${round} first`);
      record(history, a, `Round ${round} first`);
      if (existing[0]) {
        await editNoteText(page, existing[0], `Edited in round ${round}`);
        record(history, existing[0], `Edited in round ${round}`);
      }
      if (existing.length > 3 && existing[1]) {
        await deleteNote(page, existing[1]);
        record(history, existing[1], null);
      }
      // Everything so far stored: from here on it must survive whatever happens.
      await autosaveReaches(page, 'stored');
      const storedAt = Date.now();
      // The last edit, then death at the round's moment.
      const b = await typeNewNote(page, await cell(1), `Round ${round} last`);
      record(history, b, `Round ${round} last`);
      if (moment !== 'atOnce') await autosaveReaches(page, moment);
      const killedAt = Date.now();
      await killBrowser(context, profile);

      ({ context, page } = await launch(profile, baseURL!));
      journey = await openFromLibrary(page, title);
      consistent(journey);
      // Killed once stored: the last edit must be there too.
      checkAgainst(history, journey, killedAt, moment === 'stored' ? killedAt : storedAt);
      // What survived is the truth the next round builds on.
      history.clear();
      for (const note of journey.notes) record(history, note.id, note.text);
      console.log(`round ${round}: killed ${moment === 'atOnce' ? 'at once' : `once ${moment}`} after the last edit; ${journey.notes.length} notes reopened intact`);
    }
    await page.screenshot({ path: 'test-results/screens/storage-crash-reopened.png' });
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
