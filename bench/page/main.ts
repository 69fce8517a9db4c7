/**
 * The benchmark's helper page (bench/run.mjs drives it). It stores generated journeys the way
 * the app's import does (the shared/format pipeline, then the storage helper's repository in
 * renderer/db), and times the parts of the app that have no gesture to drive: the journey file
 * export and import. Nothing here has its own copy of the schema or the file format.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/caveat/400.css';
import '@fontsource/caveat/700.css';
import { importJourneyBytes } from '../../shared/format';
import { toDoc } from '../../shared/model';
import { journeyFileText } from '../../renderer/app/journeySession';
import { appDatabase } from '../../renderer/db/instance';
import { createJourney, journeyExists, loadJourney } from '../../renderer/db/journeys';
import { openAppDatabase } from '../../renderer/db/open';
import { setupI18n } from '../../renderer/i18n/setup';
import { generateJourney } from './generate';
import { exportPdf, exportPng } from './png';

export interface SeedResult {
  journeyId: string;
  title: string;
  notes: number;
  connectors: number;
  fileBytes: number;
  /** Median of the runs, in ms. */
  exportMs: number;
  importParseMs: number;
  importStoreMs: number;
  importMs: number;
  runs: { exportMs: number; importParseMs: number; importStoreMs: number }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/**
 * Generates a journey, then `runs` times: exports it as a journey file (the app's File > Save
 * text) and imports that file (parse, check, restore, validate; then one transaction storing
 * it) into a scratch database. Finally stores it in the app's database for the board to open.
 */
async function seed(options: { notes: number; seed?: number; runs?: number; lines?: number }): Promise<SeedResult> {
  // `lines`: an exact line count (issue 14's 100,000 lines between 1,000 notes); else 10% of the notes.
  const connectorShare = options.lines === undefined ? undefined : options.lines / options.notes;
  const journey = generateJourney({ notes: options.notes, seed: options.seed, connectorShare });
  const doc = toDoc(journey);
  const runs: SeedResult['runs'] = [];
  let bytes = new Uint8Array();
  const scratchName = 'journeyboard-bench-scratch';
  await deleteDatabase(scratchName);
  const scratch = await openAppDatabase(scratchName);
  try {
    for (let i = 0; i < (options.runs ?? 3); i++) {
      const t0 = performance.now();
      bytes = new TextEncoder().encode(journeyFileText(doc));
      const t1 = performance.now();
      const result = importJourneyBytes(bytes);
      if (!result.ok) throw new Error(`the generated journey does not import: ${JSON.stringify(result.error)}`);
      const t2 = performance.now();
      // As the app's import does: is it already there (copy or replace?), else create.
      const imported = { ...result.journey, id: `${result.journey.id.slice(0, 10)}r${i}` };
      if (await journeyExists(scratch, imported.id)) throw new Error('scratch database not empty');
      await createJourney(scratch, imported);
      const t3 = performance.now();
      runs.push({ exportMs: t1 - t0, importParseMs: t2 - t1, importStoreMs: t3 - t2 });
    }
  } finally {
    scratch.close();
    await deleteDatabase(scratchName);
  }
  const imported = importJourneyBytes(bytes);
  if (!imported.ok) throw new Error('the generated journey does not import');
  await createJourney(await appDatabase(), imported.journey);
  return {
    journeyId: imported.journey.id,
    title: imported.journey.title,
    notes: imported.journey.notes.length,
    connectors: imported.journey.connectors.length,
    fileBytes: bytes.length,
    exportMs: median(runs.map((r) => r.exportMs)),
    importParseMs: median(runs.map((r) => r.importParseMs)),
    importStoreMs: median(runs.map((r) => r.importStoreMs)),
    importMs: median(runs.map((r) => r.importParseMs + r.importStoreMs)),
    runs,
  };
}

async function stored(journeyId: string) {
  const read = await loadJourney(await appDatabase(), journeyId);
  if (!read) throw new Error(`journey ${journeyId} is not stored`);
  return read.journey;
}

/** The PNG (2x or the proposed scale) of the journey as stored (read back through the repository, as the board has it). */
async function png(journeyId: string, deadlineMs: number, pixelRatio: number | 'proposed' = 2) {
  return exportPng(await stored(journeyId), deadlineMs, pixelRatio);
}

async function pdf(journeyId: string, paper: 'a3' | 'a4', mode: 'fit' | 'tiled') {
  return exportPdf(await stored(journeyId), paper, mode);
}

export interface BenchPage {
  seed: typeof seed;
  png: typeof png;
  pdf: typeof pdf;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

await setupI18n();
window.__bench = { seed, png, pdf };
document.getElementById('status')!.textContent = 'ready';
