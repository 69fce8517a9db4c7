/**
 * PDF export with pdf-lib, as vector graphics with real text (issue 15): every page is drawn by
 * the board's own painter through the PDF adapter (pdf/pdfCanvas.ts), with the app's fonts
 * embedded and subset, so notes, headers, persona card, legend and analysis can be selected,
 * searched and read aloud. A4, A3 or A0 landscape; one page fitting the board, or pages at a
 * readable scale with the phase and lane headers repeated (shared/export/pdfLayout). Every
 * page states title, persona and date at the top and title, date and app version at the foot;
 * the outline has one bookmark per phase and for the analysis page; title and language are set.
 */
import { encode } from 'fast-png';
import { PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { boardBounds } from '../../shared/export/regions';
import { PAGE_MARGIN, planPdf, type PaperSize, type PdfMode, type PdfPlan } from '../../shared/export/pdfLayout';
import { computeGridLayout, LANE_HEADER_WIDTH, type GridLayout, type Journey, type Rect } from '../../shared/model';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { cssFont } from '../canvas/draw/theme';
import type { BoardPicture } from './boardPicture';
import { ExportFailure, type ExportRun } from './exportRun';
import { addOutline, type Bookmark } from './pdf/pdfOutline';
import { PdfCanvas, type EncodeImage } from './pdf/pdfCanvas';
import { PdfFonts, type FaceName } from './pdf/pdfFonts';

export interface PdfOptions {
  paper: PaperSize;
  mode: PdfMode;
  /** Top line of each page: title, persona, date. */
  headerLine: string;
  /** Bottom line of each page: title, date, app version. */
  footerLine: string;
  pageLabel(page: number, pages: number): string;
  creationDate: Date;
  /** The document's language (BCP 47), for screen readers and hyphenation. */
  language: string;
  /** Bookmark titles. */
  outline: { persona: string; analysis: string };
  /** Draws one more page after the board (the method's analysis), in points, inside `area`. */
  appendix?(ctx: Canvas2D, area: Rect): void;
}

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters no embedded font has; drawn as boxes. */
  missing: string[];
}

const TEXT_FONT = { family: "'Inter', system-ui, sans-serif", weight: 400 };
/** Pictures (the persona photo) are embedded at most this many pixels a side. */
const MAX_PICTURE_SIDE = 800;

/** The painter's sense of zoom on paper: detail as if printed at about 300 dpi, never bars for text. */
function detailZoom(scale: number): number {
  return Math.max(1, scale * 4);
}

const encodePicture: EncodeImage = (source, sx, sy, sw, sh) => {
  const ratio = Math.min(1, MAX_PICTURE_SIDE / Math.max(sw, sh));
  const width = Math.max(1, Math.round(sw * ratio));
  const height = Math.max(1, Math.round(sh * ratio));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(source, sx, sy, sw, sh, 0, 0, width, height);
  const pixels = ctx.getImageData(0, 0, width, height).data;
  return encode({ width, height, data: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength), channels: 4, depth: 8 });
};

function facesFor(picture: BoardPicture): FaceName[] {
  const handwriting = [picture.theme.noteFont, picture.theme.headerFont].some((f) => f.family.toLowerCase().includes('caveat'));
  return handwriting ? ['inter-400', 'inter-600', 'caveat-400', 'caveat-700'] : ['inter-400', 'inter-600'];
}

/** Where each phase first appears: the page and the point of its header, for the outline. */
function phaseBookmarks(journey: Journey, layout: GridLayout, plan: PdfPlan, pages: PDFPage[]): Bookmark[] {
  const marks: Bookmark[] = [];
  journey.phases.forEach((phase, i) => {
    const column = layout.columnById.get(phase.id);
    if (!column) return;
    const centre = column.x + column.width / 2;
    for (const [index, page] of plan.pages.entries()) {
      const piece = page.pieces.find((p) => p.src.x + p.src.width > LANE_HEADER_WIDTH && p.src.x <= centre && centre < p.src.x + p.src.width);
      if (!piece) continue;
      const scale = piece.dest.width / piece.src.width;
      const x = piece.dest.x + Math.max(0, column.x - piece.src.x) * scale;
      marks.push({ title: phase.title || `${i + 1}`, page: pages[index]!, x, top: PAGE_MARGIN });
      return;
    }
  });
  return marks;
}

export async function renderPdf(journey: Journey, picture: BoardPicture, options: PdfOptions, run: ExportRun): Promise<PdfResult> {
  const layout = computeGridLayout(journey.phases, journey.lanes);
  const plan = planPdf({ bounds: boardBounds(journey, layout), extras: picture.extraBounds, layout, paper: options.paper, mode: options.mode });
  const pdf = await PDFDocument.create();
  pdf.setTitle(journey.title, { showInWindowTitleBar: true });
  pdf.setLanguage(options.language);
  pdf.setCreator('Journeyboard');
  pdf.setProducer('Journeyboard');
  pdf.setCreationDate(options.creationDate);
  pdf.setModificationDate(options.creationDate);
  const fonts = await PdfFonts.for(pdf, facesFor(picture));
  const missing = new Set<string>();
  const { theme } = picture;
  const total = plan.pages.length + (options.appendix ? 1 : 0);
  const pages: PDFPage[] = [];

  const drawPage = async (index: number, paint: (ctx: Canvas2D) => void) => {
    const page = pdf.addPage([plan.width, plan.height]);
    pages.push(page);
    const adapter = new PdfCanvas(page, pdf.context, fonts, encodePicture);
    const ctx: Canvas2D = adapter;
    ctx.fillStyle = theme.mutedInk;
    ctx.font = cssFont(TEXT_FONT, 9);
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'left';
    ctx.fillText(options.headerLine, PAGE_MARGIN, PAGE_MARGIN + 9, plan.width - 2 * PAGE_MARGIN - 90);
    ctx.textAlign = 'right';
    ctx.fillText(options.pageLabel(index + 1, total), plan.width - PAGE_MARGIN, PAGE_MARGIN + 9);
    ctx.textAlign = 'left';
    ctx.font = cssFont(TEXT_FONT, 7);
    ctx.fillText(options.footerLine, PAGE_MARGIN, plan.height - PAGE_MARGIN / 2, plan.width - 2 * PAGE_MARGIN);
    paint(ctx);
    page.pushOperators(...adapter.takeOperators());
    for (const image of adapter.images) {
      const embedded = await pdf.embedPng(image.png);
      page.node.setXObject(PDFName.of(image.name), embedded.ref);
    }
    for (const c of adapter.missing) missing.add(c);
  };

  try {
    for (const [index, page] of plan.pages.entries()) {
      await run.checkpoint();
      await drawPage(index, (ctx) => {
        for (const piece of page.pieces) {
          const scale = piece.dest.width / piece.src.width;
          ctx.save();
          ctx.beginPath();
          ctx.rect(piece.dest.x, piece.dest.y, piece.dest.width, piece.dest.height);
          ctx.clip();
          ctx.translate(piece.dest.x, piece.dest.y);
          ctx.scale(scale, scale);
          ctx.translate(-piece.src.x, -piece.src.y);
          picture.draw(ctx, piece.src, detailZoom(scale));
          ctx.restore();
        }
      });
      run.progress((0.9 * (index + 1)) / total);
    }
    if (options.appendix) {
      await run.checkpoint();
      const top = PAGE_MARGIN + 24;
      await drawPage(plan.pages.length, (ctx) =>
        options.appendix!(ctx, { x: PAGE_MARGIN, y: top, width: plan.width - 2 * PAGE_MARGIN, height: plan.height - top - PAGE_MARGIN - 12 }),
      );
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ExportCancelled') throw error;
    console.error('PDF drawing failed', error);
    throw new ExportFailure('failed');
  }

  const bookmarks: Bookmark[] = [];
  // A persona page of its own opens a tiled document.
  if (options.mode === 'tiled' && picture.extraBounds.length > 0 && pages[0]) bookmarks.push({ title: options.outline.persona, page: pages[0], x: 0, top: 0 });
  bookmarks.push(...phaseBookmarks(journey, layout, plan, pages));
  if (options.appendix) bookmarks.push({ title: options.outline.analysis, page: pages[pages.length - 1]!, x: 0, top: 0 });
  addOutline(pdf, bookmarks);
  await run.checkpoint();
  const bytes = await pdf.save();
  run.progress(1);
  return { bytes, missing: [...missing] };
}
