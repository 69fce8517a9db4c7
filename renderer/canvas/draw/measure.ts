/**
 * Measures text with a canvas at the reference size and remembers every width, so a word is
 * measured once per font however many notes and font sizes use it.
 */
import { REFERENCE_SIZE, TextLayoutCache, type MeasureText } from './textLayout';
import { cssFont, type FontSpec } from './theme';

/**
 * Widths by font family, weight and text. Nested maps rather than one map keyed by a joined
 * string: a layout asks for every word of every note, and building that key string per call
 * cost more than the lookup (issue 8: 100 ms of 10,000 notes' layouts).
 */
const widths = new Map<string, Map<number, Map<string, number>>>();
let widthCount = 0;
let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
let currentFont = '';

function measuringContext() {
  if (!context) {
    context =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : document.createElement('canvas').getContext('2d');
  }
  return context;
}

function widthsOf(font: FontSpec): Map<string, number> {
  let byWeight = widths.get(font.family);
  if (!byWeight) widths.set(font.family, (byWeight = new Map()));
  let byText = byWeight.get(font.weight);
  if (!byText) byWeight.set(font.weight, (byText = new Map()));
  return byText;
}

export const measureWithCanvas: MeasureText = (text: string, font: FontSpec) => {
  const known = widthsOf(font);
  let width = known.get(text);
  if (width === undefined) {
    const ctx = measuringContext();
    const css = cssFont(font, REFERENCE_SIZE);
    if (!ctx) return text.length * REFERENCE_SIZE * 0.5;
    if (currentFont !== css) {
      ctx.font = css;
      currentFont = css;
    }
    width = ctx.measureText(text).width;
    if (widthCount > 100_000) forgetWidths();
    widthsOf(font).set(text, width);
    widthCount += 1;
  }
  return width;
};

/** The app's one layout cache, shared by the canvas, the editor overlay and the exporter. */
export const noteTextLayouts = new TextLayoutCache(measureWithCanvas);

function forgetWidths(): void {
  widths.clear();
  widthCount = 0;
}

/**
 * Widths measured before a web font arrived belong to the fallback font: forget them all once
 * fonts finish loading, and let the caller redraw.
 */
export function forgetMeasurements(): void {
  forgetWidths();
  currentFont = '';
  noteTextLayouts.clear();
}
