/** The whole board in a thumbnail: notes as dots of their colour, placed by the painter. */
import type { NoteColour, Rect } from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import type { NoteItem } from './drawNote';
import type { BoardTheme } from './theme';

export interface MinimapFrame {
  /** Board units to minimap pixels. */
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** Fits `bounds` into a minimap of the given size, centred. */
export function minimapFrame(bounds: Rect, size: { width: number; height: number }, margin = 6): MinimapFrame {
  const scale = Math.min((size.width - 2 * margin) / Math.max(1, bounds.width), (size.height - 2 * margin) / Math.max(1, bounds.height));
  return {
    scale,
    offsetX: (size.width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (size.height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/**
 * Every note as a dot in its edge colour, at least 1.5 pixels however small the scale
 * (`zoom`: board units to pixels), batched per colour: the minimap's level of detail.
 */
export function drawNoteDots(ctx: Canvas2D, items: readonly NoteItem[], theme: BoardTheme, zoom: number): void {
  const min = 1.5 / zoom;
  const byColour = new Map<NoteColour, NoteItem[]>();
  for (const item of items) {
    const list = byColour.get(item.note.colour);
    if (list) list.push(item);
    else byColour.set(item.note.colour, [item]);
  }
  for (const [colour, list] of byColour) {
    ctx.beginPath();
    for (const { rect } of list) ctx.rect(rect.x, rect.y, Math.max(min, rect.width), Math.max(min, rect.height));
    ctx.fillStyle = theme.inks[colour].edge;
    ctx.fill();
  }
}
