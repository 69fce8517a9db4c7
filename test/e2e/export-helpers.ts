/** Boards and checks shared by the export end-to-end tests. */
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { serialiseJourney } from '../../shared/format/serialise';
import { emptyPersona, type Journey, type Note } from '../../shared/model';

/**
 * A board wider than any canvas at 2x: `phases` phases of 480 px and three lanes, a yellow note
 * in the first cell and a green one in the last, and a few in between. No persona, so the board
 * starts at x = 0 and pixel positions can be computed here.
 */
export function wideJourney(phases = 36): Journey {
  const now = '2026-11-20T10:00:00.000Z';
  const lanes = [
    { id: 'l1', title: 'Touchpoints', kind: 'touchpoint' as const, height: 240, hidden: false },
    { id: 'l2', title: 'Gedanken', kind: 'thought' as const, height: 240, hidden: false },
    { id: 'l3', title: 'Chancen', kind: 'opportunity' as const, height: 240, hidden: false },
  ];
  const note = (id: string, phase: number, lane: string, colour: Note['colour'], kind: Note['kind']): Note => ({
    id, kind, text: '', colour, phaseId: `p${phase}`, laneId: lane, x: 16, y: 16, width: 160, height: 120,
  });
  const notes: Note[] = [note('first', 0, 'l1', 'yellow', 'touchpoint'), note('last', phases - 1, 'l3', 'green', 'opportunity')];
  for (let i = 1; i < phases - 1; i += 3) notes.push({ ...note(`mid${i}`, i, 'l2', 'violet', 'thought'), text: `Gedanke ${i}` });
  return {
    id: 'wideBoard',
    title: 'Breites Board',
    persona: emptyPersona(),
    backstory: '',
    phases: Array.from({ length: phases }, (_, i) => ({ id: `p${i}`, title: `Phase ${i + 1}`, width: 480 })),
    lanes,
    notes,
    connectors: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function journeyFile(journey: Journey): Buffer {
  return Buffer.from(serialiseJourney(journey), 'utf8');
}

export async function openExportDialog(page: Page): Promise<void> {
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

/** Clicks Export and returns the downloaded file's name and bytes. */
export async function exportAndDownload(page: Page, options: { timeout?: number } = {}): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: options.timeout ?? 60_000 }),
    page.getByTestId('export-start').click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export function pixel(png: { width: number; data: ArrayLike<number>; channels: number }, x: number, y: number): number[] {
  const i = (Math.round(y) * png.width + Math.round(x)) * png.channels;
  return Array.from({ length: png.channels }, (_, c) => png.data[i + c]!);
}

export function hexRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}
