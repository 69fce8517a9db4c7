/** The whole board in a thumbnail: the sheet and every note as a dot of its colour. */
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

export function drawMinimap(
  ctx: Canvas2D,
  input: { frame: MinimapFrame; grid: Rect; notes: readonly NoteItem[]; theme: BoardTheme; size: { width: number; height: number } },
): void {
  const { frame, theme } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, input.size.width, input.size.height);
  ctx.setTransform(frame.scale, 0, 0, frame.scale, frame.offsetX, frame.offsetY);
  const g = input.grid;
  ctx.fillStyle = theme.sheet;
  ctx.fillRect(g.x, g.y, g.width, g.height);
  ctx.strokeStyle = theme.gridLine;
  ctx.lineWidth = 1 / frame.scale;
  ctx.strokeRect(g.x, g.y, g.width, g.height);
  // At least one pixel per note, batched per colour.
  const min = 1.5 / frame.scale;
  const byColour = new Map<NoteColour, NoteItem[]>();
  for (const item of input.notes) {
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
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
