/**
 * PDF pages for a board: A4 or A3 landscape, either one page with the whole board scaled to
 * fit, or pages at a readable scale with the phase headers (and lane headers) repeated on every
 * page, like a printed spreadsheet repeats its title rows.
 *
 * Coordinates: `src` in board units, `dest` in PDF points measured from the page's top-left
 * corner (the renderer flips y for pdf-lib, whose origin is bottom-left).
 */
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type GridLayout, type Rect } from '../model';
import type { Piece } from './regions';

export type PaperSize = 'a4' | 'a3';
export type PdfMode = 'fit' | 'tiled';

const MM = 72 / 25.4;
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 297 * MM, height: 210 * MM },
  a3: { width: 420 * MM, height: 297 * MM },
};
export const PAGE_MARGIN = 10 * MM;
/** The line with title, persona, date and page number at the top of every page. */
export const PAGE_HEADER = 18;

/** Tiled pages keep notes readable: never smaller than this many points per board unit. */
export const TILED_MIN_SCALE = 0.35;
export const TILED_MAX_SCALE = 0.6;

export interface PdfPage {
  pieces: Piece[];
}
export interface PdfPlan {
  width: number;
  height: number;
  scale: number;
  pages: PdfPage[];
}

function contentBox(paper: PaperSize): Rect {
  const { width, height } = PAPER[paper];
  return {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN + PAGE_HEADER,
    width: width - 2 * PAGE_MARGIN,
    height: height - 2 * PAGE_MARGIN - PAGE_HEADER,
  };
}

export function planPdf(options: { bounds: Rect; layout: GridLayout; paper: PaperSize; mode: PdfMode }): PdfPlan {
  const { bounds, layout, paper } = options;
  const box = contentBox(paper);
  const { width, height } = PAPER[paper];
  if (options.mode === 'fit') {
    const scale = Math.min(box.width / bounds.width, box.height / bounds.height);
    const w = bounds.width * scale;
    const h = bounds.height * scale;
    const dest = { x: box.x + (box.width - w) / 2, y: box.y, width: w, height: h };
    return { width, height, scale, pages: [{ pieces: [{ src: bounds, dest }] }] };
  }

  const gridHeight = layout.bottom;
  const scale = Math.min(TILED_MAX_SCALE, Math.max(TILED_MIN_SCALE, box.height / Math.max(1, gridHeight)));
  const laneStrip = LANE_HEADER_WIDTH * scale;
  const headerStrip = PHASE_HEADER_HEIGHT * scale;
  const bodyWidth = (box.width - laneStrip) / scale;
  const bodyHeight = (box.height - headerStrip) / scale;
  const startX = bounds.x < 0 ? bounds.x : LANE_HEADER_WIDTH;
  const startY = bounds.y < 0 ? bounds.y : PHASE_HEADER_HEIGHT;
  const columns = splitAt(startX, bounds.x + bounds.width, bodyWidth, layout.columns.map((c) => c.x + c.width));
  const rows = splitAt(startY, bounds.y + bounds.height, bodyHeight, layout.rows.map((r) => r.y + r.height));
  const pages: PdfPage[] = [];
  for (const [y0, y1] of rows) {
    for (const [x0, x1] of columns) {
      const w = (x1 - x0) * scale;
      const h = (y1 - y0) * scale;
      pages.push({
        pieces: [
          { src: { x: 0, y: 0, width: LANE_HEADER_WIDTH, height: PHASE_HEADER_HEIGHT }, dest: { x: box.x, y: box.y, width: laneStrip, height: headerStrip } },
          { src: { x: x0, y: 0, width: x1 - x0, height: PHASE_HEADER_HEIGHT }, dest: { x: box.x + laneStrip, y: box.y, width: w, height: headerStrip } },
          { src: { x: 0, y: y0, width: LANE_HEADER_WIDTH, height: y1 - y0 }, dest: { x: box.x, y: box.y + headerStrip, width: laneStrip, height: h } },
          { src: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, dest: { x: box.x + laneStrip, y: box.y + headerStrip, width: w, height: h } },
        ],
      });
    }
  }
  return { width, height, scale, pages };
}

/**
 * Cuts [start, end) into spans of at most `max`, preferring to cut at `edges` (phase or lane
 * boundaries) so a page shows whole phases; a phase wider than a page is cut where it must be.
 */
export function splitAt(start: number, end: number, max: number, edges: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  const sorted = [...edges].filter((e) => e > start && e < end).sort((a, b) => a - b);
  let from = start;
  while (end - from > 0.5) {
    const limit = from + max;
    if (limit >= end) {
      spans.push([from, end]);
      break;
    }
    let cut = limit;
    for (const e of sorted) if (e > from + 1 && e <= limit) cut = e;
    spans.push([from, cut]);
    from = cut;
  }
  return spans;
}
