/**
 * Level of detail. Text smaller than a few screen pixels is noise, and laying it out costs
 * time: zoomed out, notes show grey lines where their text is, and further out plain blocks.
 */
export type NoteDetail = 'full' | 'lines' | 'block';

/** Text below this many screen pixels is drawn as grey lines. */
export const LEGIBLE_SCREEN_PX = 6;

export function detailForZoom(zoom: number): NoteDetail {
  if (zoom < 0.12) return 'block'; // a default note is under 20 screen pixels wide
  if (zoom < 0.25) return 'lines'; // the largest note text is under 8 screen pixels
  return 'full';
}
