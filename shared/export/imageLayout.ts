/**
 * The layout of an exported picture in board units: an optional header band (title, persona,
 * date), the board pieces, an optional legend band (lanes and colours) and the footer line
 * every picture carries (title, date, app version: issue 15, a picture passed on still says
 * where it came from). Multiplying by the pixel ratio gives output pixels.
 */
import type { Rect } from '../model';
import { piecesSize, type Piece } from './regions';

export const PIXEL_RATIOS = [1, 2, 3, 4] as const;
export type PixelRatio = (typeof PIXEL_RATIOS)[number];
export const DEFAULT_PIXEL_RATIO: PixelRatio = 2;

export const HEADER_BAND_HEIGHT = 120;
export const FOOTER_BAND_HEIGHT = 44;
/** Wide enough for the footer line to be read even on a picture of one note. */
export const FOOTER_MIN_WIDTH = 640;
export const LEGEND_ENTRY = { width: 300, height: 40, top: 56, bottom: 24 } as const;

/**
 * Beyond this, an export would take minutes and many viewers refuse to open it; the dialog
 * asks for a lower pixel ratio instead. (Pixels, not board units.)
 */
export const MAX_EXPORT_SIDE = 100_000;
export const MAX_EXPORT_PIXELS = 800_000_000;

export interface ImagePlan {
  pixelRatio: number;
  /** Output size in pixels. */
  width: number;
  height: number;
  /** In board units (the plan's coordinate system before the pixel ratio). */
  header: Rect | null;
  legend: Rect | null;
  footer: Rect;
  legendColumns: number;
  pieces: Piece[];
}

export function planImage(options: {
  pieces: readonly Piece[];
  pixelRatio: number;
  header: boolean;
  legendEntries: number;
}): { ok: true; plan: ImagePlan } | { ok: false; reason: 'tooLarge'; width: number; height: number } {
  const content = piecesSize(options.pieces);
  const width = Math.max(content.width, FOOTER_MIN_WIDTH, options.header ? 900 : 0, options.legendEntries > 0 ? LEGEND_ENTRY.width + 48 : 0);
  const headerHeight = options.header ? HEADER_BAND_HEIGHT : 0;
  const legendColumns = Math.max(1, Math.floor((width - 48) / LEGEND_ENTRY.width));
  const legendRows = Math.ceil(options.legendEntries / legendColumns);
  const legendHeight = options.legendEntries > 0 ? LEGEND_ENTRY.top + legendRows * LEGEND_ENTRY.height + LEGEND_ENTRY.bottom : 0;
  const pieces = options.pieces.map((p) => ({ src: p.src, dest: { ...p.dest, y: p.dest.y + headerHeight } }));
  const height = headerHeight + content.height + legendHeight + FOOTER_BAND_HEIGHT;
  const px = { width: Math.ceil(width * options.pixelRatio), height: Math.ceil(height * options.pixelRatio) };
  if (px.width > MAX_EXPORT_SIDE || px.height > MAX_EXPORT_SIDE || px.width * px.height > MAX_EXPORT_PIXELS) {
    return { ok: false, reason: 'tooLarge', ...px };
  }
  return {
    ok: true,
    plan: {
      pixelRatio: options.pixelRatio,
      ...px,
      header: options.header ? { x: 0, y: 0, width, height: headerHeight } : null,
      legend: legendHeight > 0 ? { x: 0, y: headerHeight + content.height, width, height: legendHeight } : null,
      footer: { x: 0, y: height - FOOTER_BAND_HEIGHT, width, height: FOOTER_BAND_HEIGHT },
      legendColumns,
      pieces,
    },
  };
}
