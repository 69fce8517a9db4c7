/**
 * Figures for issue 4's closing note (the performance issue benchmarks these for good): how
 * long a 3,000-note journey takes from the database to a painted board, and what autosaving
 * one edit on it costs. Printed, not asserted (timings depend on the machine); the test does
 * check that all 3,000 notes arrive and that one edit writes one note.
 */
import { expect, test, type Page } from '@playwright/test';
import { serialiseJourney } from '../../shared/format';
import { CELL_PADDING, createJourney, createNote, DEFAULT_NOTE_SIZE, type Journey, type Note } from '../../shared/model';
import { focusNoteAt100, frames, noteCentre } from './board-helpers';
import { card, reportPageErrors } from './library-helpers';

const NOTE_COUNT = 3_000;

function bigJourney(): Journey {
  const base = createJourney({ template: 'funnel', language: 'en', title: 'Company-wide touchpoint inventory' });
  const perRow = 20;
  const rows = 5;
  const phases = base.phases.map((p) => ({ ...p, width: CELL_PADDING + perRow * (DEFAULT_NOTE_SIZE.width + CELL_PADDING) }));
  const lanes = base.lanes.map((l) => ({ ...l, height: CELL_PADDING + rows * (DEFAULT_NOTE_SIZE.height + CELL_PADDING) }));
  const cells = phases.length * lanes.length;
  const notes: Note[] = [];
  for (let i = 0; i < NOTE_COUNT; i++) {
    const cell = i % cells;
    const slot = Math.floor(i / cells);
    const lane = lanes[cell % lanes.length]!;
    notes.push(
      createNote({
        kind: lane.kind,
        text: `Touchpoint ${i + 1}: ${['newsletter', 'store visit', 'review site', 'hotline', 'invoice'][i % 5]}`,
        phaseId: phases[Math.floor(cell / lanes.length)]!.id,
        laneId: lane.id,
        x: CELL_PADDING + (slot % perRow) * (DEFAULT_NOTE_SIZE.width + CELL_PADDING),
        y: CELL_PADDING + Math.floor(slot / perRow) * (DEFAULT_NOTE_SIZE.height + CELL_PADDING),
      }),
    );
  }
  return { ...base, phases, lanes, notes };
}

async function openMeasured(page: Page, title: string): Promise<number> {
  await page.evaluate(() =>
    window.addEventListener('pointerdown', () => ((window as unknown as { __clickAt: number }).__clickAt = performance.now()), { capture: true, once: true }),
  );
  await card(page, title).getByTestId('journey-open').click();
  await page.waitForFunction(() => window.__journeyboard?.paintStats()?.firstNotesAt != null, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__journeyboard!.paintStats()!.firstNotesAt! - (window as unknown as { __clickAt: number }).__clickAt);
}

/** Of that, reading and validating the rows (the rest is the store, React and the first paint). */
const readMs = (page: Page) => page.evaluate(() => (performance.getEntriesByName('journeyboard:open-read').at(-1) as PerformanceMeasure).duration);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('opening a 3,000-note journey from the database, and autosaving one edit on it', async ({ page }) => {
  test.setTimeout(240_000);
  reportPageErrors(page);
  const journey = bigJourney();
  await page.goto('/');
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'inventory.journey.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseJourney(journey)),
  });
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.screen()), { timeout: 60_000 }).toBe('board');
  await page.getByTestId('back-to-library').click();
  await expect(card(page, journey.title)).toContainText('3,000 notes');

  const opens: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.reload(); // a fresh page: nothing of the journey cached in memory
    await expect(card(page, journey.title)).toBeVisible();
    opens.push(await openMeasured(page, journey.title));
    reads.push(await readMs(page));
    expect(await page.evaluate(() => window.__journeyboard!.journey()!.notes.length)).toBe(NOTE_COUNT);
    if (i < 2) await page.getByTestId('back-to-library').click();
  }
  console.log(`open 3,000 notes, click to first painted notes: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(opens).toFixed(0)} ms); of which reading and validating the rows: ${reads.map((ms) => ms.toFixed(0)).join(', ')} ms`);

  // One edit: the note's text.
  const id = journey.notes[1234]!.id;
  await focusNoteAt100(page, id);
  const at = await noteCentre(page, id);
  await page.mouse.dblclick(at.x, at.y);
  await expect(page.getByTestId('note-editor')).toBeVisible();
  await page.keyboard.type(' (edited)');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.autosave()?.status.state)).toBe('saved');
  await frames(page);
  const measures = await page.evaluate(() =>
    ['journeyboard:autosave-diff', 'journeyboard:autosave-write'].map((name) => {
      const entry = performance.getEntriesByName(name).at(-1) as PerformanceMeasure | undefined;
      return { name, ms: entry?.duration ?? null, records: (entry?.detail as { records?: number } | undefined)?.records ?? null };
    }),
  );
  const [diff, write] = measures;
  console.log(`autosave one edit on 3,000 notes: finding the change ${diff!.ms?.toFixed(2)} ms, writing ${write!.records} records ${write!.ms?.toFixed(1)} ms`);
  // One note and the journey's updatedAt: per-record, not the whole journey.
  expect(write!.records).toBe(2);
});
