/**
 * What the room adds to a note on the facilitator's board: the dot-vote badge, and a small
 * "face down" mark on notes the projector shows covered. The board's note drawing calls this
 * after each note at full detail.
 */
import type { Note, Rect } from '../../../shared/model';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import { drawVoteBadge } from './drawVoteBadge';

const MARK_FONT = "'Inter', system-ui, sans-serif";

export function hasRoomMarks(note: Pick<Note, 'votes' | 'covered'>): boolean {
  return Boolean(note.votes) || note.covered === true;
}

export function drawRoomMarks(ctx: Canvas2D, note: Pick<Note, 'votes' | 'covered'>, rect: Rect, options: { zoom: number }): void {
  if (note.covered) {
    // A dark folded corner at the bottom right: "the room sees this face down".
    const s = Math.min(Math.max(22, 12 / options.zoom), rect.width / 3, rect.height / 3);
    const x = rect.x + rect.width;
    const y = rect.y + rect.height;
    ctx.beginPath();
    ctx.moveTo(x, y - s);
    ctx.lineTo(x, y);
    ctx.lineTo(x - s, y);
    ctx.closePath();
    ctx.fillStyle = 'rgba(31, 35, 40, 0.85)';
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(x - s * 0.62, y - s * 0.18);
    ctx.lineTo(x - s * 0.18, y - s * 0.62);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(2, s / 10);
    ctx.lineCap = 'round';
    ctx.stroke();
  }
  drawVoteBadge(ctx, note, rect, { zoom: options.zoom, fontFamily: MARK_FONT });
}
