/**
 * The PNG (2x, or at the scale the dialog proposes) and PDF exports of a whole board, through
 * the export job (renderer/export) exactly as the export dialog runs it, with a platform that
 * keeps the bytes instead of saving; the main thread is watched while the PNG is made.
 */
import i18next from 'i18next';
import type { Journey } from '../../shared/model';
import { boardTheme } from '../../renderer/canvas/draw/theme';
import { runExport, type ExportEnv, type ExportSettings } from '../../renderer/export/exportJob';
import { createRun, ExportFailure } from '../../renderer/export/exportRun';
import { previewImage } from '../../renderer/export/exportPreview';

export interface PngResult {
  /** Null when the export was cancelled at the deadline or refused (see `failure`). */
  ms: number | null;
  pixelRatio: number;
  /** ms per megapixel of output, end to end (issue 15's target: at most 10). */
  msPerMpx: number | null;
  /** The longest gap between animation frames while the export ran, and the longest main-thread task. */
  longestFrameMs: number;
  longestTaskMs: number;
  /** 'cancelled' at the deadline, or the export's own failure code (e.g. 'tooLarge'). */
  failure?: string;
  bytes: number;
  width: number;
  height: number;
}

const SETTINGS: ExportSettings = {
  format: 'png',
  scope: { kind: 'board' },
  pixelRatio: 2,
  background: 'paper',
  header: true,
  legend: true,
  paper: 'a4',
  pdfMode: 'fit',
  separator: ';',
  includeHiddenLanes: false,
};

/** Watches the main thread while `work` runs: gaps between animation frames and long tasks. */
async function watchMainThread<T>(work: () => Promise<T>): Promise<{ value: T; longestFrameMs: number; longestTaskMs: number }> {
  let longestFrameMs = 0;
  let longestTaskMs = 0;
  let last = performance.now();
  let running = true;
  const frame = (now: number) => {
    longestFrameMs = Math.max(longestFrameMs, now - last);
    last = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    const value = await work();
    return { value, longestFrameMs, longestTaskMs };
  } finally {
    running = false;
    observer.disconnect();
  }
}

export async function exportPng(journey: Journey, deadlineMs: number, pixelRatio: number | 'proposed' = 2): Promise<PngResult> {
  const theme = boardTheme({ font: 'plain', palette: 'standard' });
  const ratio =
    pixelRatio === 'proposed'
      ? (previewImage(journey, { scope: { kind: 'board' }, pixelRatio: 1, header: true, legendEntries: journey.lanes.filter((l) => !l.hidden).length, theme, t: i18next.t })
          ?.proposal.scale ?? 1)
      : pixelRatio;
  let data: Uint8Array | null = null;
  const platform: ExportEnv['platform'] = {
    saveExport: async (options) => {
      data = options.data;
      return { canceled: false, ok: true, fileToken: 'bench', name: options.suggestedName };
    },
    saveExportPack: async () => ({ canceled: true }),
  };
  const started = performance.now();
  // The export's own Cancel: a board too big to finish in time is reported as such.
  const cancel = new AbortController();
  const timer = setTimeout(() => cancel.abort(), deadlineMs);
  let watched: { longestFrameMs: number; longestTaskMs: number };
  const none = { pixelRatio: ratio, msPerMpx: null, longestFrameMs: 0, longestTaskMs: 0 };
  try {
    watched = await watchMainThread(() => runExport(
      journey,
      { ...SETTINGS, pixelRatio: ratio },
      { t: i18next.t, language: 'en', theme: boardTheme({ font: 'plain', palette: 'standard' }), date: new Date(), platform },
      createRun({ signal: cancel.signal, onProgress: () => undefined }),
    ));
  } catch (error) {
    if (cancel.signal.aborted) return { ms: null, failure: 'cancelled', bytes: 0, width: 0, height: 0, ...none };
    if (error instanceof ExportFailure) return { ms: null, failure: error.code, bytes: 0, width: 0, height: 0, ...none };
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const ms = performance.now() - started;
  const bytes = data as Uint8Array | null;
  if (!bytes) throw new Error('the export produced no file');
  // The PNG header: width and height are the first fields of IHDR.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return { ms, bytes: bytes.length, width, height, pixelRatio: ratio, msPerMpx: ms / ((width * height) / 1e6), longestFrameMs: watched.longestFrameMs, longestTaskMs: watched.longestTaskMs };
}

export interface PdfBenchResult {
  paper: 'a3' | 'a4';
  mode: 'fit' | 'tiled';
  ms: number;
  bytes: number;
  pages: number;
}

/** The PDF export as the dialog runs it (board pages, persona, analysis page), bytes kept. */
export async function exportPdf(journey: Journey, paper: 'a3' | 'a4', mode: 'fit' | 'tiled'): Promise<PdfBenchResult> {
  let data: Uint8Array | null = null;
  const platform: ExportEnv['platform'] = {
    saveExport: async (options) => {
      data = options.data;
      return { canceled: false, ok: true, fileToken: 'bench', name: options.suggestedName };
    },
    saveExportPack: async () => ({ canceled: true }),
  };
  const started = performance.now();
  await runExport(
    journey,
    { ...SETTINGS, format: 'pdf', paper, pdfMode: mode },
    { t: i18next.t, language: 'en', theme: boardTheme({ font: 'plain', palette: 'standard' }), date: new Date(), platform },
    createRun({ signal: new AbortController().signal, onProgress: () => undefined }),
  );
  const ms = performance.now() - started;
  const bytes = data as Uint8Array | null;
  if (!bytes) throw new Error('the export produced no file');
  // Count pages without a PDF reader: each page object says /Type /Page once.
  const text = new TextDecoder('latin1').decode(bytes);
  const pages = (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
  return { paper, mode, ms, bytes: bytes.length, pages };
}
