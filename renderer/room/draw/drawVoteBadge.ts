/**
 * The dot-vote badge on a note: a round red sticker with the count, in the note's top-right
 * corner, like the dots a room sticks on a paper wall. It never shrinks below a size the room
 * can read, however far the board is zoomed out.
 */
import type { Note, Rect } from '../../../shared/model';
import type { Canvas2D } from '../../canvas/draw/canvas2d';

export const VOTE_BADGE = {
  fill: '#c62828',
  edge: '#ffffff',
  ink: '#ffffff',
  /** Radius in board pixels at 100%. */
  radius: 20,
  /** The badge keeps at least this radius in screen pixels. */
  minScreenRadius: 11,
} as const;

/** The badge's centre and radius in board coordinates, or null for a note without votes. */
export function voteBadgeGeometry(
  note: Pick<Note, 'votes'>,
  rect: Rect,
  zoom: number,
  minScreenRadius: number = VOTE_BADGE.minScreenRadius,
): { cx: number; cy: number; r: number } | null {
  if (!note.votes) return null;
  const r = Math.min(Math.max(VOTE_BADGE.radius, minScreenRadius / zoom), Math.min(rect.width, rect.height) / 2);
  return { cx: rect.x + rect.width - r * 0.55, cy: rect.y + r * 0.55, r };
}

export function drawVoteBadge(
  ctx: Canvas2D,
  note: Pick<Note, 'votes'>,
  rect: Rect,
  options: { zoom: number; fontFamily: string; minScreenRadius?: number },
): void {
  const g = voteBadgeGeometry(note, rect, options.zoom, options.minScreenRadius);
  if (!g) return;
  const label = note.votes! > 999 ? '999+' : String(note.votes);
  ctx.beginPath();
  ctx.arc(g.cx, g.cy, g.r, 0, Math.PI * 2);
  ctx.fillStyle = VOTE_BADGE.fill;
  ctx.fill();
  ctx.lineWidth = Math.max(2, 1.5 / options.zoom);
  ctx.strokeStyle = VOTE_BADGE.edge;
  ctx.stroke();
  const size = g.r * (label.length > 2 ? 0.75 : 1.1);
  ctx.font = `700 ${size}px ${options.fontFamily}`;
  ctx.fillStyle = VOTE_BADGE.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, g.cx, g.cy + size * 0.04);
}
