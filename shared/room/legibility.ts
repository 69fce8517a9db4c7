/**
 * The legibility guard: would note text on the projector be readable from the back of the
 * room? What matters there is how tall the letters are on the wall, which is their share of
 * the projected picture's height. The threshold is therefore stated in pixels of a 1080-line
 * (full HD) picture: "24 px" means a letter 24/1080 of the picture high, whatever the
 * projector's actual resolution, device scale or window size.
 */

/** The picture height the threshold is stated in. */
export const REFERENCE_LINES = 1080;

export const LEGIBILITY_THRESHOLD = { default: 24, min: 8, max: 96 } as const;

/** "Enlarge for the room" grows note text up to this factor before it zooms instead. */
export const MAX_FONT_SCALE = 2.5;

export interface ProjectorGeometry {
  /** The projector's camera zoom (board pixels to CSS pixels). */
  zoom: number;
  /** The projector window's devicePixelRatio. */
  deviceScale: number;
  /** The projector window's height in CSS pixels (the full screen when it is full screen). */
  windowHeight: number;
}

export function clampThreshold(px: number): number {
  if (!Number.isFinite(px)) return LEGIBILITY_THRESHOLD.default;
  return Math.min(LEGIBILITY_THRESHOLD.max, Math.max(LEGIBILITY_THRESHOLD.min, Math.round(px)));
}

export interface TextHeight {
  /** Device pixels on the projector. */
  devicePx: number;
  /** The same height as a share of the picture, in pixels of a 1080-line picture. */
  referencePx: number;
}

/** How tall text of `fontPx` board pixels appears on the projector. */
export function textHeightOnProjector(fontPx: number, geometry: ProjectorGeometry): TextHeight {
  const cssPx = fontPx * geometry.zoom;
  const devicePx = cssPx * geometry.deviceScale;
  const pictureLines = Math.max(1, geometry.windowHeight * geometry.deviceScale);
  return { devicePx, referencePx: (devicePx / pictureLines) * REFERENCE_LINES };
}

export interface LegibilityReport {
  legible: boolean;
  /** The smallest text shown, in board pixels, and its height on the projector; null without text. */
  smallestFontPx: number | null;
  smallest: TextHeight | null;
  /** How many of the given texts fall below the threshold. */
  illegibleCount: number;
  thresholdPx: number;
}

/**
 * Checks the text sizes of the notes the projector shows (one font size per note, in board
 * pixels, with the note font scale already applied).
 */
export function checkLegibility(fontSizes: readonly number[], geometry: ProjectorGeometry, thresholdPx: number): LegibilityReport {
  let smallestFontPx: number | null = null;
  let illegibleCount = 0;
  for (const size of fontSizes) {
    if (!(size > 0)) continue;
    if (smallestFontPx === null || size < smallestFontPx) smallestFontPx = size;
    if (textHeightOnProjector(size, geometry).referencePx < thresholdPx) illegibleCount++;
  }
  const smallest = smallestFontPx === null ? null : textHeightOnProjector(smallestFontPx, geometry);
  return { legible: illegibleCount === 0, smallestFontPx, smallest, illegibleCount, thresholdPx };
}

/** The projector zoom at which text of `fontPx` board pixels just reaches the threshold. */
export function zoomForLegibility(fontPx: number, geometry: Omit<ProjectorGeometry, 'zoom'>, thresholdPx: number): number {
  const atZoomOne = textHeightOnProjector(fontPx, { ...geometry, zoom: 1 }).referencePx;
  return atZoomOne > 0 ? thresholdPx / atZoomOne : Number.POSITIVE_INFINITY;
}

export type Enlargement =
  | { kind: 'none' }
  | { kind: 'fontScale'; fontScale: number }
  | { kind: 'zoom'; zoom: number };

/**
 * What "enlarge for the room" does. Larger note text keeps the whole picture in view, so that
 * comes first: the smallest scale, in tenths up to MAX_FONT_SCALE, at which every text reaches
 * the threshold. Text that already fills its note cannot grow, so `fontSizesAt` reports the
 * sizes the notes' text layout really gives at a scale. When no scale is enough, the projector
 * zooms in instead, as far as the smallest text at the current scale needs.
 */
export function enlargeForRoom(options: {
  fontSizesAt(fontScale: number): readonly number[];
  currentFontScale: number;
  geometry: ProjectorGeometry;
  thresholdPx: number;
}): Enlargement {
  const { fontSizesAt, currentFontScale, geometry, thresholdPx } = options;
  const now = checkLegibility(fontSizesAt(currentFontScale), geometry, thresholdPx);
  if (now.legible || now.smallestFontPx === null) return { kind: 'none' };
  const first = Math.floor(currentFontScale * 10 + 1e-9) + 1;
  for (let tenths = first; tenths <= Math.round(MAX_FONT_SCALE * 10); tenths++) {
    const scale = tenths / 10;
    if (checkLegibility(fontSizesAt(scale), geometry, thresholdPx).legible) return { kind: 'fontScale', fontScale: scale };
  }
  return { kind: 'zoom', zoom: zoomForLegibility(now.smallestFontPx, geometry, thresholdPx) };
}
