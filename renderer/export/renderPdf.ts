/**
 * PDF export with pdf-lib: A4 or A3 landscape, one page fitting the board or several pages at a
 * readable scale with the phase and lane headers repeated (shared/export/pdfLayout). Each page
 * is drawn with the board's own drawing functions onto a canvas at about 200 dpi and placed as
 * one picture, so the PDF looks exactly like the board, fonts and umlauts included (pdf-lib's
 * built-in fonts cannot write every character a workshop types).
 */
import { PDFDocument } from 'pdf-lib';
import { boardBounds } from '../../shared/export/regions';
import { PAGE_MARGIN, planPdf, type PaperSize, type PdfMode } from '../../shared/export/pdfLayout';
import { computeGridLayout, type Journey, type Rect } from '../../shared/model';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { cssFont } from '../canvas/draw/theme';
import type { BoardPicture } from './boardPicture';
import { ExportFailure, type ExportRun } from './exportRun';

export interface PdfOptions {
  paper: PaperSize;
  mode: PdfMode;
  /** Top line of each page: title, persona, date. */
  headerLine: string;
  pageLabel(page: number, pages: number): string;
  creationDate: Date;
  /** Draws one more page after the board (the method's analysis), in points, inside `area`. */
  appendix?(ctx: Canvas2D, area: Rect): void;
}

/** Device pixels per PDF point: 200 dpi, sharp in print and on screen. */
const PX_PER_PT = 200 / 72;

export async function renderPdf(journey: Journey, picture: BoardPicture, options: PdfOptions, run: ExportRun): Promise<Uint8Array> {
  const layout = computeGridLayout(journey.phases, journey.lanes);
  const plan = planPdf({ bounds: boardBounds(journey, layout), extras: picture.extraBounds, layout, paper: options.paper, mode: options.mode });
  const pdf = await PDFDocument.create();
  pdf.setTitle(journey.title);
  pdf.setCreator('Journeyboard');
  pdf.setProducer('Journeyboard');
  pdf.setCreationDate(options.creationDate);
  pdf.setModificationDate(options.creationDate);

  const width = Math.round(plan.width * PX_PER_PT);
  const height = Math.round(plan.height * PX_PER_PT);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportFailure('failed');
  const { theme } = picture;
  const pages = plan.pages.length + (options.appendix ? 1 : 0);
  const startPage = (index: number) => {
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.scale(PX_PER_PT, PX_PER_PT);
    ctx.fillStyle = theme.mutedInk;
    ctx.font = cssFont({ family: "'Inter', system-ui, sans-serif", weight: 400 }, 9);
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'left';
    ctx.fillText(options.headerLine, PAGE_MARGIN, PAGE_MARGIN + 9, plan.width - 2 * PAGE_MARGIN - 90);
    ctx.textAlign = 'right';
    ctx.fillText(options.pageLabel(index + 1, pages), plan.width - PAGE_MARGIN, PAGE_MARGIN + 9);
  };
  const addPage = async () => {
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const image = await pdf.embedPng(new Uint8Array(await blob.arrayBuffer()));
    const pdfPage = pdf.addPage([plan.width, plan.height]);
    pdfPage.drawImage(image, { x: 0, y: 0, width: plan.width, height: plan.height });
  };
  for (const [index, page] of plan.pages.entries()) {
    await run.checkpoint();
    startPage(index);
    for (const piece of page.pieces) {
      const scale = piece.dest.width / piece.src.width;
      ctx.save();
      ctx.beginPath();
      ctx.rect(piece.dest.x, piece.dest.y, piece.dest.width, piece.dest.height);
      ctx.clip();
      ctx.translate(piece.dest.x, piece.dest.y);
      ctx.scale(scale, scale);
      ctx.translate(-piece.src.x, -piece.src.y);
      picture.draw(ctx, piece.src, scale * PX_PER_PT);
      ctx.restore();
    }
    ctx.restore();
    await addPage();
    run.progress((index + 1) / pages);
  }
  if (options.appendix) {
    await run.checkpoint();
    startPage(plan.pages.length);
    const top = PAGE_MARGIN + 24;
    options.appendix(ctx, { x: PAGE_MARGIN, y: top, width: plan.width - 2 * PAGE_MARGIN, height: plan.height - top - PAGE_MARGIN });
    ctx.restore();
    await addPage();
    run.progress(1);
  }
  return pdf.save();
}
