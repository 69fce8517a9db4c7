/**
 * A note face down, as the projector shows notes written during a brainwriting round: the
 * note's own colour, darkened and hatched, with no text. The room sees how many ideas arrive
 * and where, but not what they say.
 */
import type { Note, Rect } from '../../../shared/model';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import type { BoardTheme } from '../../canvas/draw/theme';

export function drawCoveredNote(ctx: Canvas2D, note: Pick<Note, 'colour'>, rect: Rect, options: { theme: BoardTheme; zoom: number }): void {
  const { x, y, width, height } = rect;
  const ink = options.theme.inks[note.colour];
  const px = 1 / options.zoom;
  ctx.fillStyle = ink.edge;
  ctx.fillRect(x, y, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  ctx.beginPath();
  const step = Math.max(14, 6 * px);
  for (let d = -height; d < width; d += step) {
    ctx.moveTo(x + d, y + height);
    ctx.lineTo(x + d + height, y);
  }
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.22)';
  ctx.lineWidth = Math.max(3, 1.5 * px);
  ctx.stroke();
  ctx.restore();
  ctx.strokeStyle = options.theme.ink;
  ctx.lineWidth = Math.max(2, px);
  ctx.strokeRect(x, y, width, height);
}
