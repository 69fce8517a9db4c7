#!/usr/bin/env node
/* global window -- functions passed to page.evaluate run in the page */
/**
 * `npm run bench` (issue 8): builds the web app with the bench helper page, serves it, and drives
 * headless Chromium at 1280x800 through generated journeys of 200, 1,000, 3,000 and 10,000 notes.
 * Prints a table and writes bench/results.json. See bench/README.md for what each figure is.
 *
 *   node bench/run.mjs                      the full run (about 5 minutes here)
 *   node bench/run.mjs --smoke              200 notes, short gestures: checks that it works
 *   node bench/run.mjs --sizes 3000 --views fit --profile 3000:fit:pan   (or 3000:open, 3000:png)
 *
 * Options: --sizes a,b  --views fit,100%  --gesture-ms N  --port N|auto (47337)  --out FILE
 * --markdown FILE (also write the tables there)  --no-build  --profile SIZE:VIEW:GESTURE,...
 * --report FILE.json (tables of an earlier run)  --trace SIZE:VIEW:GESTURE,...|all (DevTools traces;
 * prints the main thread's CPU time per frame, which load on a shared machine inflates least)  --gestures pan,zoom (only these)  --no-png  --no-pdf  --no-minify (readable names in profiles)
 * --png-deadline-ms N (30000: a PNG export still running then is cancelled)  --headed (needs a display).
 * --lines N: that many lines in each generated journey instead of 10% of the notes (issue 14:
 *   `--sizes 1000 --lines 100000`, 100,000 lines between 1,000 notes).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { clickJourney, canvasBox, selectAroundCentre, settle, showView, timeToPaintedBoard } from './lib/board.mjs';
import { autosaveEdits, dragOne, dragSelection, pan, typeIntoNote, zoom } from './lib/gestures.mjs';
import { installProbe } from './lib/probe.mjs';
import { startProfile, startTrace, stopProfile, stopTrace } from './lib/profile.mjs';
import { GESTURES, markdown, summaryTable, exportTable, frameTable, targetList } from './lib/report.mjs';
import { build, freePort, serve } from './lib/server.mjs';
import { round } from './lib/stats.mjs';

const repo = resolve(import.meta.dirname, '..');
process.chdir(repo);

function parseArgs(argv) {
  const args = { sizes: [200, 1000, 3000, 10000], views: ['fit', '100%'], gestureMs: 3000, port: '47337', out: 'bench/results.json', build: true, pngDeadlineMs: 30_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--smoke') Object.assign(args, { smoke: true, sizes: [200], gestureMs: 600 });
    else if (a === '--sizes') args.sizes = value().split(',').map(Number);
    else if (a === '--views') args.views = value().split(',').map((v) => (v === '100' ? '100%' : v));
    else if (a === '--gesture-ms') args.gestureMs = Number(value());
    else if (a === '--port') args.port = value();
    else if (a === '--out') args.out = value();
    else if (a === '--markdown') args.markdown = value();
    else if (a === '--no-build') args.build = false;
    else if (a === '--profile') args.profile = value().split(',');
    else if (a === '--trace') args.trace = value().split(',');
    else if (a === '--gestures') args.gestures = value().split(',');
    else if (a === '--no-minify') args.minify = false;
    else if (a === '--no-png') args.png = false;
    else if (a === '--no-pdf') args.pdf = false;
    else if (a === '--headed') args.headed = true;
    else if (a === '--report') args.report = value();
    else if (a === '--png-deadline-ms') args.pngDeadlineMs = Number(value());
    else if (a === '--lines') args.lines = Number(value());
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** The Chromium flags the end-to-end tests use (playwright.config.ts), read from there. */
function chromiumArgs() {
  const text = readFileSync('playwright.config.ts', 'utf8');
  const list = /CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/.exec(text);
  if (!list) throw new Error('CHROMIUM_ARGS not found in playwright.config.ts');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

async function jsHeapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return round(used / 1024 / 1024, 1);
}

const MEASURES = { pan, zoom, dragOne, dragFifty: dragSelection, type: typeIntoNote };

async function measurePng(page, seeded, result, args) {
  for (const [key, ratio] of [['png', 2], ['pngProposed', 'proposed']]) {
    const png = await page.evaluate(({ id, deadlineMs, ratio }) => window.__bench.png(id, deadlineMs, ratio), { id: seeded.journeyId, deadlineMs: args.pngDeadlineMs, ratio });
    png.ms = round(png.ms);
    png.msPerMpx = png.msPerMpx === null ? null : round(png.msPerMpx, 1);
    png.longestFrameMs = round(png.longestFrameMs);
    png.longestTaskMs = round(png.longestTaskMs);
    png.deadlineMs = args.pngDeadlineMs;
    result[key] = png;
    const label = ratio === 'proposed' ? `PNG proposed ${png.pixelRatio}x` : 'PNG 2x';
    console.log(
      png.ms === null
        ? `  ${label}: ${png.failure === 'cancelled' ? `not finished within ${args.pngDeadlineMs} ms (cancelled)` : `refused by the exporter (${png.failure})`}`
        : `  ${label}: ${png.width} x ${png.height} px, ${(png.bytes / 1e6).toFixed(2)} MB in ${png.ms} ms (${png.msPerMpx} ms/Mpx), longest frame ${png.longestFrameMs} ms, longest task ${png.longestTaskMs} ms`,
    );
  }
}

/** PDF export time and size (issue 15): one A3 page fitting the board, and tiled A4 pages. */
async function measurePdf(page, seeded, result) {
  result.pdf = [];
  for (const [paper, mode] of [['a3', 'fit'], ['a4', 'tiled']]) {
    const pdf = await page.evaluate(({ id, paper, mode }) => window.__bench.pdf(id, paper, mode), { id: seeded.journeyId, paper, mode });
    pdf.ms = round(pdf.ms);
    result.pdf.push(pdf);
    console.log(`  PDF ${paper.toUpperCase()} ${mode}: ${pdf.pages} pages, ${(pdf.bytes / 1e6).toFixed(2)} MB in ${pdf.ms} ms`);
  }
}

async function measureSize(context, base, notes, args) {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const version = await cdp.send('Browser.getVersion');
  args.chromium = version.product;
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));

  await page.goto(`${base}/bench/page/index.html`);
  await page.waitForFunction(() => window.__bench);
  const seeded = await page.evaluate(({ notes, runs, lines }) => window.__bench.seed({ notes, runs, lines }), { notes, runs: args.smoke ? 1 : 3, lines: args.lines });
  const result = {
    notes: seeded.notes,
    connectors: seeded.connectors,
    fileBytes: seeded.fileBytes,
    exportMs: round(seeded.exportMs),
    importMs: round(seeded.importMs),
    importParseMs: round(seeded.importParseMs),
    importStoreMs: round(seeded.importStoreMs),
    png: null,
    views: {},
    autosave: {},
  };
  const profiled = (...what) => (args.profile ?? []).includes([notes, ...what].join(':'));
  if (args.png !== false) {
    if (profiled('png')) await startProfile(cdp);
    await measurePng(page, seeded, result, args);
    if (profiled('png')) await stopProfile(cdp, `${notes}-png`, 'dist/bench-profiles');
  }
  if (args.pdf !== false && notes <= 3000) await measurePdf(page, seeded, result);
  console.log(`  seeded: file ${(seeded.fileBytes / 1e6).toFixed(2)} MB, export ${result.exportMs} ms, import ${result.importMs} ms (parse ${result.importParseMs}, store ${result.importStoreMs})`);

  await page.goto(`${base}/renderer/index.html`);
  await page.evaluate(() => localStorage.setItem('journeyboard.language', 'en'));
  await page.reload();
  const profileOpen = profiled('open');
  if (profileOpen) await startProfile(cdp);
  await clickJourney(page, seeded.title);
  const open = await timeToPaintedBoard(page);
  if (profileOpen) await stopProfile(cdp, `${notes}-open`, 'dist/bench-profiles');
  result.openMs = round(open.openMs);
  result.firstPaintMs = round(open.firstPaintMs);
  await settle(page, { quietMs: 500 });
  result.heapMb = await jsHeapMb(cdp);
  console.log(`  open ${result.openMs} ms (first draw at ${result.firstPaintMs} ms), JS heap ${result.heapMb} MB`);

  for (const view of args.views) {
    result.views[view] = {};
    for (const [key] of GESTURES) {
      if (args.gestures && !args.gestures.includes(key)) continue;
      if (key === 'dragFifty') {
        const selected = await selectAroundCentre(page, 50);
        result.views[view].selected = selected;
      }
      await showView(page, view);
      const box = await canvasBox(page);
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const profiling = profiled(view, key);
      const tracing = args.trace?.includes('all') || (args.trace ?? []).includes([notes, view, key].join(':'));
      if (profiling) await startProfile(cdp);
      if (tracing) await startTrace(cdp);
      const measured = await MEASURES[key](page, { durationMs: args.gestureMs, centre });
      if (profiling) await stopProfile(cdp, `${notes}-${view}-${key}`, 'dist/bench-profiles');
      if (tracing) {
        const t = await stopTrace(cdp, `${notes}-${view}-${key}`, 'dist/bench-profiles');
        measured.cpuPerFrameMs = round(t.cpuMs / Math.max(1, t.frames), 2);
      }
      result.views[view][key] = measured;
      // Undo what the gesture changed (Ctrl+Z, as a user would), so that every gesture starts
      // from the same board and no dropped note covers another one the next gesture clicks.
      if (key === 'type') {
        const edits = args.smoke ? 2 : 6;
        result.autosave[view] = await autosaveEdits(page, { edits });
        for (let i = 0; i < edits; i++) await page.keyboard.press('Control+z');
      } else if (key === 'dragOne' || key === 'dragFifty') {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+z');
      }
      // Let autosave write what the gesture changed before the next one starts.
      await page.waitForTimeout(800);
      const cpu = measured.cpuPerFrameMs === undefined ? '' : `, main thread ${measured.cpuPerFrameMs} ms CPU per frame`;
      console.log(`  ${view.padEnd(4)} ${key.padEnd(9)} median ${measured.median} ms, p95 ${measured.p95} ms, max ${measured.max} ms, ${measured.frames} frames, ${measured.inputs} inputs, last input → its frame ${measured.lagMs} ms, → last frame ${measured.settledMs} ms${cpu}`);
    }
    const a = result.autosave[view];
    if (a) console.log(`  ${view.padEnd(4)} autosave of one edit (median of ${a.edits}): ${a.ms} ms = finding the change ${a.diffMs} ms + writing ${a.records} records ${a.writeMs} ms; worst ${a.maxMs} ms`);
  }
  await cdp.detach();
  return result;
}

/** --report FILE: prints (and with --markdown writes) the tables of an earlier results file. */
function reportOnly(args) {
  const results = JSON.parse(readFileSync(args.report, 'utf8'));
  if (args.markdown) writeFileSync(args.markdown, markdown(results));
  console.log(`${summaryTable(results)}\n\n${exportTable(results)}\n\n${frameTable(results)}\n\n${targetList(results)}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.report) return reportOnly(args);
  const started = Date.now();
  const loadBefore = loadavg()[0].toFixed(2);
  const port = args.port === 'auto' ? await freePort() : Number(args.port);
  const outDir = `dist/bench-${port}`;
  if (args.build) {
    console.log(`building into ${outDir}...`);
    build(outDir, { minify: args.minify !== false });
  }
  const server = await serve(outDir, port);
  const results = {
    generatedAt: new Date().toISOString(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    options: { sizes: args.sizes, views: args.views, gestureMs: args.gestureMs, smoke: !!args.smoke },
    machine: { cpus: cpus().length, loadBefore, viewport: '1280x800', chromium: '' },
    sizes: [],
  };
  try {
    for (const notes of args.sizes) {
      console.log(`${notes.toLocaleString('en')} notes (load average ${loadavg()[0].toFixed(2)})`);
      const profileDir = mkdtempSync(join(tmpdir(), 'jb-bench-'));
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: chromiumArgs(),
        headless: !args.headed,
        viewport: { width: 1280, height: 800 },
      });
      try {
        await context.addInitScript(installProbe);
        results.sizes.push(await measureSize(context, server.base, notes, args));
      } finally {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      }
    }
  } finally {
    server.stop();
    // A build on a port picked at random (a run inside the test suite) is not kept.
    if (args.port === 'auto') rmSync(outDir, { recursive: true, force: true });
  }
  results.machine.loadAfter = loadavg()[0].toFixed(2);
  results.machine.chromium = args.chromium ?? '';
  results.durationS = Math.round((Date.now() - started) / 1000);
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  if (args.markdown) writeFileSync(args.markdown, markdown(results));
  console.log(`\n${summaryTable(results)}\n\n${exportTable(results)}\n\n${frameTable(results)}\n\n${targetList(results)}\n`);
  console.log(`wrote ${args.out}${args.markdown ? ` and ${args.markdown}` : ''} in ${results.durationS} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
