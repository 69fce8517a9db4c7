/**
 * What the export dialog tells before exporting (issue 15): the picture's pixel size, its
 * estimated file size and the proposed scale (note text sharp, file under 20 MB); for a PDF
 * fitted to one page, how small the note text comes out in points.
 */
import type { TFunction } from 'i18next';
import { planImage } from '../../shared/export/imageLayout';
import { MIN_READABLE_PT, planPdf, type PaperSize, type PdfMode } from '../../shared/export/pdfLayout';
import { estimatePngBytes, noteArea, proposeScale, type ScaleProposal } from '../../shared/export/pngSize';
import { boardBounds, scopePieces, type ExportScope } from '../../shared/export/regions';
import { computeGridLayout, notePosition, toDoc, type Journey, type Rect } from '../../shared/model';
import { noteLayout } from '../canvas/draw/drawNote';
import { measureWithCanvas, noteTextLayouts } from '../canvas/draw/measure';
import type { BoardTheme } from '../canvas/draw/theme';
import { personaCardLayout } from '../method/canvas/methodDrawing';

export interface ImagePreview {
  width: number;
  height: number;
  bytes: number;
  proposal: ScaleProposal;
}

export interface PdfPreview {
  pages: number;
  /** The smallest note text on paper, in points. */
  smallestPt: number;
  tooSmall: boolean;
}

/** The notes the export draws (lanes hidden on the board are left out), with their text size. */
function drawnNotes(journey: Journey, theme: BoardTheme): { rects: Rect[]; smallestText: number } {
  const layout = computeGridLayout(journey.phases, journey.lanes);
  const rects: Rect[] = [];
  let smallestText = Infinity;
  for (const note of journey.notes) {
    const at = notePosition(note, layout);
    if (!at) continue;
    rects.push({ x: at.x, y: at.y, width: note.width, height: note.height });
    if (note.text.trim()) smallestText = Math.min(smallestText, noteLayout(note, { theme, layouts: noteTextLayouts }).fontSize);
  }
  return { rects, smallestText: Number.isFinite(smallestText) ? smallestText : theme.noteMaxFontSize };
}

function extraBounds(journey: Journey, theme: BoardTheme, t: TFunction): Rect[] {
  const card = personaCardLayout({ doc: toDoc(journey), theme, measure: measureWithCanvas, t });
  return card ? [card.rect] : [];
}

export function previewImage(
  journey: Journey,
  options: { scope: ExportScope; pixelRatio: number; header: boolean; legendEntries: number; theme: BoardTheme; t: TFunction },
): ImagePreview | null {
  const pieces = scopePieces(journey, options.scope, extraBounds(journey, options.theme, options.t));
  if (!pieces) return null;
  const at1x = planImage({ pieces, pixelRatio: 1, header: options.header, legendEntries: options.legendEntries });
  const size1x = at1x.ok ? at1x.plan : { width: at1x.width, height: at1x.height };
  const notes = drawnNotes(journey, options.theme);
  // The note area inside the scope, at 1x.
  const covered = noteArea(notes.rects.filter((r) => pieces.some((p) => r.x < p.src.x + p.src.width && r.x + r.width > p.src.x && r.y < p.src.y + p.src.height && r.y + r.height > p.src.y)));
  const width = Math.ceil(size1x.width * options.pixelRatio);
  const height = Math.ceil(size1x.height * options.pixelRatio);
  return {
    width,
    height,
    bytes: estimatePngBytes({ width, height, notePixels: covered * options.pixelRatio ** 2 }),
    proposal: proposeScale({ size1x, notes1x: covered, smallestText: notes.smallestText }),
  };
}

export function previewPdf(journey: Journey, options: { paper: PaperSize; mode: PdfMode; theme: BoardTheme; t: TFunction }): PdfPreview {
  const layout = computeGridLayout(journey.phases, journey.lanes);
  const plan = planPdf({ bounds: boardBounds(journey, layout), extras: extraBounds(journey, options.theme, options.t), layout, paper: options.paper, mode: options.mode });
  const smallestPt = Math.round(drawnNotes(journey, options.theme).smallestText * plan.scale * 10) / 10;
  return { pages: plan.pages.length, smallestPt, tooSmall: smallestPt < MIN_READABLE_PT };
}
