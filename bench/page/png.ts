/**
 * The 2x PNG export of a whole board, through the FORMAT helper's export job (renderer/export)
 * exactly as the export dialog runs it, with a platform that keeps the bytes instead of saving.
 */
import i18next from 'i18next';
import type { Journey } from '../../shared/model';
import { boardTheme } from '../../renderer/canvas/draw/theme';
import { runExport, type ExportEnv, type ExportSettings } from '../../renderer/export/exportJob';
import { createRun, ExportFailure } from '../../renderer/export/exportRun';

export interface PngResult {
  /** Null when the export was cancelled at the deadline or refused (see `failure`). */
  ms: number | null;
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

export async function exportPng(journey: Journey, deadlineMs: number): Promise<PngResult> {
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
  try {
    await runExport(
      journey,
      SETTINGS,
      { t: i18next.t, language: 'en', theme: boardTheme({ font: 'plain', palette: 'standard' }), date: new Date(), platform },
      createRun({ signal: cancel.signal, onProgress: () => undefined }),
    );
  } catch (error) {
    if (cancel.signal.aborted) return { ms: null, failure: 'cancelled', bytes: 0, width: 0, height: 0 };
    if (error instanceof ExportFailure) return { ms: null, failure: error.code, bytes: 0, width: 0, height: 0 };
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const ms = performance.now() - started;
  const bytes = data as Uint8Array | null;
  if (!bytes) throw new Error('the export produced no file');
  // The PNG header: width and height are the first fields of IHDR.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { ms, bytes: bytes.length, width: view.getUint32(16), height: view.getUint32(20) };
}
