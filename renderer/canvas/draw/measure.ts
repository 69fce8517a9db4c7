/**
 * Measures text with a canvas at the reference size and remembers every width, so a word is
 * measured once per font however many notes and font sizes use it.
 */
import { REFERENCE_SIZE, TextLayoutCache, type MeasureText } from './textLayout';
import { cssFont, type FontSpec } from './theme';

const widths = new Map<string, number>();
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

export const measureWithCanvas: MeasureText = (text: string, font: FontSpec) => {
  const key = `${font.family}|${font.weight}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const ctx = measuringContext();
    const css = cssFont(font, REFERENCE_SIZE);
    if (!ctx) return text.length * REFERENCE_SIZE * 0.5;
    if (currentFont !== css) {
      ctx.font = css;
      currentFont = css;
    }
    width = ctx.measureText(text).width;
    if (widths.size > 100_000) widths.clear();
    widths.set(key, width);
  }
  return width;
};

/** The app's one layout cache, shared by the canvas, the editor overlay and the exporter. */
export const noteTextLayouts = new TextLayoutCache(measureWithCanvas);

/**
 * Widths measured before a web font arrived belong to the fallback font: forget them all once
 * fonts finish loading, and let the caller redraw.
 */
export function forgetMeasurements(): void {
  widths.clear();
  currentFont = '';
  noteTextLayouts.clear();
}
