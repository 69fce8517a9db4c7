/**
 * The small controls around notes: corner handles to resize, edge handles to draw a line.
 * Sizes are in screen pixels so they stay grabbable at any zoom.
 */
import type { Point, Rect } from '../../../shared/model';

export const HANDLE = { resizeSize: 10, resizeHit: 9, connectRadius: 7, connectHit: 11, connectOffset: 16 } as const;

export type Corner = 'nw' | 'ne' | 'sw' | 'se';
export type Side = 'n' | 'e' | 's' | 'w';
export const CORNERS: readonly Corner[] = ['nw', 'ne', 'sw', 'se'];
export const SIDES: readonly Side[] = ['n', 'e', 's', 'w'];

export function cornerPoint(r: Rect, corner: Corner): Point {
  return {
    x: corner === 'nw' || corner === 'sw' ? r.x : r.x + r.width,
    y: corner === 'nw' || corner === 'ne' ? r.y : r.y + r.height,
  };
}

/** Connect handles sit just outside the note's edges, clear of the resize corners. */
export function connectHandlePoint(r: Rect, side: Side, zoom: number): Point {
  const o = HANDLE.connectOffset / zoom;
  switch (side) {
    case 'n':
      return { x: r.x + r.width / 2, y: r.y - o };
    case 's':
      return { x: r.x + r.width / 2, y: r.y + r.height + o };
    case 'w':
      return { x: r.x - o, y: r.y + r.height / 2 };
    case 'e':
      return { x: r.x + r.width + o, y: r.y + r.height / 2 };
  }
}

/**
 * The rect after dragging `corner` by (dx, dy), keeping the opposite corner fixed and the size
 * at least `min`.
 */
export function resizeRect(r: Rect, corner: Corner, dx: number, dy: number, min: number): Rect {
  const east = corner === 'ne' || corner === 'se';
  const south = corner === 'sw' || corner === 'se';
  const width = Math.max(min, east ? r.width + dx : r.width - dx);
  const height = Math.max(min, south ? r.height + dy : r.height - dy);
  return { x: east ? r.x : r.x + r.width - width, y: south ? r.y : r.y + r.height - height, width, height };
}
