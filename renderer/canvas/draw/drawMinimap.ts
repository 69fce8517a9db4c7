/** The minimap's level of detail: notes as dots of their colour, placed by the painter. */
import type { NoteColour } from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import type { NoteItem } from './drawNote';
import type { BoardTheme } from './theme';

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
