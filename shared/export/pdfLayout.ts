/**
 * PDF pages for a board: A4, A3 or A0 landscape, either one page with the whole board scaled to
 * fit, or pages at a readable scale with the phase headers (and lane headers) repeated on every
 * page, like a printed spreadsheet repeats its title rows.
 *
 * Coordinates: `src` in board units, `dest` in PDF points measured from the page's top-left
 * corner (the renderer flips y for pdf-lib, whose origin is bottom-left).
 */
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type GridLayout, type Rect } from '../model';
import { unionRect, type Piece } from './regions';

export type PaperSize = 'a4' | 'a3' | 'a0';
export type PdfMode = 'fit' | 'tiled';

const MM = 72 / 25.4;
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 297 * MM, height: 210 * MM },
  a3: { width: 420 * MM, height: 297 * MM },
  /** A poster for the wall. */
  a0: { width: 1189 * MM, height: 841 * MM },
};
export const PAPER_SIZES: readonly PaperSize[] = ['a4', 'a3', 'a0'];

/** Below this, printed note text is too small to read: "fit to one page" warns and offers pages. */
export const MIN_READABLE_PT = 6;
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

/**
 * `bounds`: the grid and the notes; `extras`: what is drawn beside the grid (the persona card).
 * Board units, without margins.
 */
export function planPdf(options: { bounds: Rect; extras?: readonly Rect[]; layout: GridLayout; paper: PaperSize; mode: PdfMode }): PdfPlan {
  const { bounds, layout, paper } = options;
  const extras = options.extras ?? [];
  const box = contentBox(paper);
  const { width, height } = PAPER[paper];
  const fitPage = (src: Rect): PdfPage => {
    const scale = Math.min(box.width / src.width, box.height / src.height);
    const w = src.width * scale;
    const h = src.height * scale;
    return { pieces: [{ src, dest: { x: box.x + (box.width - w) / 2, y: box.y, width: w, height: h } }] };
  };
  const margin = 24;
  const grow = (r: Rect): Rect => ({ x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin });
  if (options.mode === 'fit') {
    const src = grow(extras.reduce(unionRect, bounds));
    return { width, height, scale: Math.min(box.width / src.width, box.height / src.height), pages: [fitPage(src)] };
  }

  const gridHeight = layout.bottom;
  const scale = Math.min(TILED_MAX_SCALE, Math.max(TILED_MIN_SCALE, box.height / Math.max(1, gridHeight)));
  const laneStrip = LANE_HEADER_WIDTH * scale;
  const headerStrip = PHASE_HEADER_HEIGHT * scale;
  const bodyWidth = (box.width - laneStrip) / scale;
  const bodyHeight = (box.height - headerStrip) / scale;
  const right = bounds.x + bounds.width;
  const bottom = bounds.y + bounds.height;
  const pages: PdfPage[] = [];
  // What is drawn beside the grid (the persona card) opens the document on a page of its own.
  if (extras.length > 0) pages.push(fitPage(grow(extras.reduce(unionRect))));
  // The body starts below the phase headers and right of the lane headers, which every page
  // repeats; notes placed above the grid (rare) start the first row earlier.
  const startY = bounds.y < 0 ? bounds.y : PHASE_HEADER_HEIGHT;
  const columns = splitAt(LANE_HEADER_WIDTH, Math.max(right, LANE_HEADER_WIDTH + 1), bodyWidth, layout.columns.map((c) => c.x + c.width));
  const rows = splitAt(startY, Math.max(bottom, startY + 1), bodyHeight, layout.rows.map((r) => r.y + r.height));
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
