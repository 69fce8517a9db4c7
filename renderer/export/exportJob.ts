/**
 * One export from start to saved file(s): builds the bytes of the chosen format with progress
 * and cancel, names the file from the journey title and date, and hands it to the platform
 * (a save dialog or folder on the desktop, a download or zip in the browser).
 */
import type { TFunction } from 'i18next';
import { version } from '../../package.json';
import { notesToCsv, type CsvSeparator } from '../../shared/export/csv';
import { safeFileName } from '../../shared/export/fileName';
import type { PaperSize, PdfMode } from '../../shared/export/pdfLayout';
import type { ExportScope } from '../../shared/export/regions';
import { FILE_EXTENSION, serialiseJourney } from '../../shared/format';
import { toDoc, type Journey } from '../../shared/model';
import { drawAnalysisPage } from '../method/analysis/drawAnalysisPage';
import type { BoardTheme } from '../canvas/draw/theme';
import type { Platform, SaveResult } from '../platform';
import { prepareBoardPicture } from './boardPicture';
import { ExportFailure, subRun, type ExportRun } from './exportRun';
import { csvLabels, footerLine, imageTexts, pdfHeaderLine } from './exportTexts';
import type { ExportBackground } from './paintImage';
import type { PdfResult } from './renderPdf';
import { renderPng } from './renderPng';

export const EXPORT_FORMATS = ['png', 'pdf', 'csv', 'journey', 'pack'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSettings {
  format: ExportFormat;
  scope: ExportScope;
  pixelRatio: number;
  background: ExportBackground;
  header: boolean;
  legend: boolean;
  paper: PaperSize;
  pdfMode: PdfMode;
  separator: CsvSeparator;
  /** Draw the lanes hidden on the board too (the dialog names them: issue 15, no silent omissions). */
  includeHiddenLanes: boolean;
}

export interface ExportEnv {
  t: TFunction;
  language: string;
  theme: BoardTheme;
  date: Date;
  platform: Pick<Platform, 'saveExport' | 'saveExportPack'>;
}

/** `missing`: characters the PDF's fonts lack, drawn as boxes (the dialog names them after saving). */
export type ExportOutcome = { saved: false } | { saved: true; name: string; pack: boolean; missing: string[] };

const encoder = new TextEncoder();

export function journeyFileText(journey: Journey): string {
  return serialiseJourney(journey, { generator: `Journeyboard ${version}` });
}

function names(journey: Journey, env: ExportEnv) {
  const name = (extension: string) => safeFileName({ title: journey.title, date: env.date, extension, fallback: 'Journey' });
  return { png: name('.png'), pdf: name('.pdf'), csv: name('.csv'), journey: name(FILE_EXTENSION), folder: name('') };
}

async function pngBytes(journey: Journey, settings: ExportSettings, env: ExportEnv, run: ExportRun, journeyFile: string): Promise<Uint8Array> {
  const picture = await prepareBoardPicture(journey, env.theme);
  return renderPng(
    journey,
    picture,
    {
      scope: settings.scope,
      pixelRatio: settings.pixelRatio,
      background: settings.background,
      header: settings.header,
      legend: settings.legend,
      texts: imageTexts(env.t, journey, env),
      journeyFile,
    },
    run,
  );
}

async function pdfBytes(journey: Journey, settings: ExportSettings, env: ExportEnv, run: ExportRun): Promise<PdfResult> {
  const picture = await prepareBoardPicture(journey, env.theme);
  // The PDF module carries the embedded fonts: loaded only when a PDF is made.
  const { renderPdf } = await import('./renderPdf');
  return renderPdf(
    journey,
    picture,
    {
      paper: settings.paper,
      mode: settings.pdfMode,
      headerLine: pdfHeaderLine(env.t, journey, env),
      footerLine: footerLine(env.t, journey, env),
      language: env.language,
      outline: { persona: env.t('exports:pdf.outlinePersona'), analysis: env.t('exports:pdf.outlineAnalysis') },
      pageLabel: (page, pages) => env.t('file:export.pdf.page', { page, pages }),
      creationDate: env.date,
      // The method's analysis (issue 6) closes the document.
      appendix: (ctx, area) => drawAnalysisPage(ctx, { doc: toDoc(journey), t: env.t, language: env.language, area }),
    },
    run,
  );
}

function csvBytes(journey: Journey, settings: ExportSettings, env: ExportEnv): Uint8Array {
  return encoder.encode(notesToCsv(journey, { separator: settings.separator, labels: csvLabels(env.t) }));
}

function checkSaved(result: SaveResult): ExportOutcome {
  if (result.canceled) return { saved: false };
  if (!result.ok) throw new ExportFailure('saveFailed');
  return { saved: true, name: result.name, pack: false, missing: [] };
}

/** The journey as the export draws it: with its hidden lanes shown when the user asked for them. */
export function journeyToExport(journey: Journey, settings: Pick<ExportSettings, 'includeHiddenLanes'>): Journey {
  if (!settings.includeHiddenLanes || !journey.lanes.some((l) => l.hidden)) return journey;
  return { ...journey, lanes: journey.lanes.map((l) => (l.hidden ? { ...l, hidden: false } : l)) };
}

export async function runExport(original: Journey, settings: ExportSettings, env: ExportEnv, run: ExportRun): Promise<ExportOutcome> {
  // The journey file keeps the lanes' own state; only what is drawn follows the choice.
  const journey = journeyToExport(original, settings);
  const n = names(journey, env);
  switch (settings.format) {
    case 'png':
      return checkSaved(await env.platform.saveExport({ suggestedName: n.png, kind: 'png', data: await pngBytes(journey, settings, env, run, journeyFileText(original)) }));
    case 'pdf': {
      const pdf = await pdfBytes(journey, settings, env, run);
      const saved = checkSaved(await env.platform.saveExport({ suggestedName: n.pdf, kind: 'pdf', data: pdf.bytes }));
      return saved.saved ? { ...saved, missing: pdf.missing } : saved;
    }
    case 'csv':
      return checkSaved(await env.platform.saveExport({ suggestedName: n.csv, kind: 'csv', data: csvBytes(journey, settings, env) }));
    case 'journey':
      return checkSaved(await env.platform.saveExport({ suggestedName: n.journey, kind: 'json', data: encoder.encode(journeyFileText(original)) }));
    case 'pack': {
      // The whole board, with what a reader needs: header and legend on the picture, one PDF page.
      const whole: ExportSettings = { ...settings, scope: { kind: 'board' }, header: true, legend: true };
      const png = await pngBytes(journey, whole, env, subRun(run, 0, 0.6), journeyFileText(original));
      const pdf = await pdfBytes(journey, whole, env, subRun(run, 0.6, 0.95));
      const files = [
        { name: n.png, data: png },
        { name: n.pdf, data: pdf.bytes },
        { name: n.journey, data: encoder.encode(journeyFileText(original)) },
        { name: n.csv, data: csvBytes(journey, settings, env) },
      ];
      await run.checkpoint();
      const saved = checkSaved(await env.platform.saveExportPack({ folderName: n.folder, files }));
      return saved.saved ? { ...saved, pack: true, missing: pdf.missing } : saved;
    }
  }
}
