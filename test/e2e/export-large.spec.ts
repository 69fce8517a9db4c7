/**
 * A 3,000-note board (a company-wide touchpoint inventory, DOMAIN.md): imported through the
 * file input, exported as a 2x PNG and as a journey file through the dialog, and the journey
 * file imported again. Checks the results; prints the times (no timed assertions).
 */
import { writeFile } from 'node:fs/promises';
import { decode } from 'fast-png';
import { expect, test } from '@playwright/test';
import { importJourneyBytes } from '../../shared/format/importJourney';
import { emptyPersona, NOTE_KINDS, type Journey, type Note } from '../../shared/model';
import { exportAndDownload, journeyFile, openExportDialog } from './export-helpers';
import { freshApp, importThroughInput, openedJourneyTitle } from './import-helpers';

function inventory(): Journey {
  const perRow = 6;
  const perCell = 36;
  const phases = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, title: `Phase ${i + 1}`, width: 16 + perRow * 176 }));
  const kinds = NOTE_KINDS.filter((k) => k !== 'free');
  const lanes = kinds.map((kind, i) => ({ id: `l${i}`, title: kind, kind, height: 16 + 6 * 136, hidden: false }));
  const colours = { touchpoint: 'yellow', customerAction: 'blue', thought: 'violet', emotion: 'pink', painPoint: 'red', opportunity: 'green', kpi: 'orange' } as const;
  const notes: Note[] = [];
  for (let n = 0; n < 3000; n += 1) {
    const cell = Math.floor(n / perCell);
    const slot = n % perCell;
    const lane = lanes[cell % lanes.length]!;
    const phase = phases[Math.floor(cell / lanes.length)]!;
    const kind = lane.kind as keyof typeof colours;
    const note: Note = {
      id: `n${n}`,
      kind,
      text: `${kind} ${n}: Kontaktpunkt im Kaufprozess`,
      colour: colours[kind],
      phaseId: phase.id,
      laneId: lane.id,
      x: 16 + (slot % perRow) * 176,
      y: 16 + Math.floor(slot / perRow) * 136,
      width: 160,
      height: 120,
    };
    if (kind === 'touchpoint') note.touchpoint = { directness: n % 2 ? 'direct' : 'indirect', ownership: 'owned', experience: 'positive' };
    notes.push(note);
  }
  const now = '2026-11-20T10:00:00.000Z';
  return { id: 'inventory', title: 'Touchpoint-Inventar', persona: emptyPersona(), backstory: '', phases, lanes, notes, connectors: [], createdAt: now, updatedAt: now };
}

test('3,000 notes: import, 2x PNG, journey file export and import again (times printed)', async ({ page }) => {
  test.setTimeout(300_000);
  const journey = inventory();
  const file = journeyFile(journey);
  await freshApp(page, 'de');

  let t = Date.now();
  await importThroughInput(page, { name: 'inventar.journey.json', mimeType: 'application/json', buffer: file });
  expect(await openedJourneyTitle(page)).toBe('Touchpoint-Inventar');
  const importMs = Date.now() - t;
  expect(await page.evaluate(() => window.__journeyboard!.journey()!.notes.length)).toBe(3000);

  await openExportDialog(page);
  // The dialog proposes a smaller scale for a board this size; this test asks for 2x on purpose.
  await page.getByTestId('export-ratio').selectOption('2');
  t = Date.now();
  const png = await exportAndDownload(page, { timeout: 240_000 });
  const pngMs = Date.now() - t;
  await writeFile('test-results/screens/export-3000-notes-2x.png', png.bytes);
  const decoded = decode(png.bytes);
  expect(decoded.width).toBeGreaterThan(16_384);
  const fromPng = importJourneyBytes(png.bytes);
  expect(fromPng.ok && fromPng.journey.notes).toHaveLength(3000);

  await openExportDialog(page);
  await page.getByTestId('export-format-journey').check();
  t = Date.now();
  const exported = await exportAndDownload(page);
  const fileMs = Date.now() - t;

  t = Date.now();
  await importThroughInput(page, { name: exported.name, mimeType: 'application/json', buffer: exported.bytes });
  await page.getByTestId('import-copy').click();
  await expect.poll(() => page.evaluate(() => window.__journeyboard!.journey()?.title), { timeout: 60_000 }).toBe('Touchpoint-Inventar (Kopie)');
  const reimportMs = Date.now() - t;
  expect(await page.evaluate(() => window.__journeyboard!.journey()!.notes.length)).toBe(3000);

  console.log(
    [
      `3,000-note board (${(file.length / 1024).toFixed(0)} KB journey file):`,
      `  import through the file input until the board is open: ${importMs} ms`,
      `  2x PNG export (${decoded.width} x ${decoded.height} px, ${(png.bytes.length / 1024 / 1024).toFixed(1)} MB): ${pngMs} ms`,
      `  journey file export: ${fileMs} ms`,
      `  journey file import again (as a copy, until the board is open): ${reimportMs} ms`,
    ].join('\n'),
  );
});
