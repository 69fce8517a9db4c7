/**
 * What a PNG export will weigh, and the scale the dialog proposes (issue 15): note text sharp
 * (about 12 px or more) while the file stays under what common mail servers accept (20 MB).
 *
 * The estimate follows how the exporter compresses (Up filter, deflate): flat paper costs
 * almost nothing, notes cost with their text and edges. The two rates were measured on the
 * bundled example and the bench boards (see bench/README.md); the estimate is meant to be
 * right within about a third, which is what choosing a scale needs.
 */
import type { Rect } from '../model';

export const SHARP_TEXT_PX = 12;
export const MAIL_LIMIT_BYTES = 20_000_000;
/** Bytes per pixel of plain paper and of board covered by notes, after filtering and deflate. */
export const BYTES_PER_PAPER_PIXEL = 0.012;
export const BYTES_PER_NOTE_PIXEL = 0.2;
/** Scales the dialog offers besides its proposal; the smallest useful one. */
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;

export function estimatePngBytes(options: { width: number; height: number; notePixels: number }): number {
  const total = options.width * options.height;
  const notes = Math.min(total, options.notePixels);
  return Math.round(2_000 + (total - notes) * BYTES_PER_PAPER_PIXEL + notes * BYTES_PER_NOTE_PIXEL);
}

/** Area of the notes in board units (overlaps counted twice, which a dense board deserves). */
export function noteArea(notes: readonly Rect[]): number {
  return notes.reduce((sum, r) => sum + r.width * r.height, 0);
}

export interface ScaleProposal {
  scale: number;
  /** Smallest note text in pixels at that scale. */
  textPx: number;
  /** False when the mail limit forced a scale below sharp text. */
  sharp: boolean;
  bytes: number;
}

/**
 * `size1x`: the picture's size at scale 1 (board units = pixels); `notes1x`: note area at 1x;
 * `smallestText`: the smallest note text size in board units.
 */
export function proposeScale(options: { size1x: { width: number; height: number }; notes1x: number; smallestText: number }): ScaleProposal {
  const bytesAt = (scale: number) =>
    estimatePngBytes({ width: Math.ceil(options.size1x.width * scale), height: Math.ceil(options.size1x.height * scale), notePixels: options.notes1x * scale * scale });
  const sharpScale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, SHARP_TEXT_PX / Math.max(1, options.smallestText)));
  // Bytes grow with the square of the scale.
  const limitScale = Math.sqrt(MAIL_LIMIT_BYTES / Math.max(1, bytesAt(1)));
  // A sharp picture that is also small gets the next sharper round step (2x where 20 MB allows).
  let scale = sharpScale;
  for (const step of [2, 1.5, 1]) {
    if (step >= sharpScale && step <= limitScale) {
      scale = step;
      break;
    }
  }
  if (scale > limitScale) scale = limitScale;
  scale = Math.max(MIN_SCALE, Math.floor(scale * 20) / 20);
  return { scale, textPx: Math.round(options.smallestText * scale * 10) / 10, sharp: options.smallestText * scale >= SHARP_TEXT_PX - 0.05, bytes: bytesAt(scale) };
}
