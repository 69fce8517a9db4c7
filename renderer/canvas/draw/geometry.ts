/** Small pure geometry for lines between notes and for hit-testing them. */
import type { Point, Rect } from '../../../shared/model';

export function rectCentre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Where the ray from the rect's centre towards `target` leaves the rect. */
export function pointOnRectEdge(r: Rect, target: Point): Point {
  const c = rectCentre(r);
  const dx = target.x - c.x;
  const dy = target.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx !== 0 ? r.width / 2 / Math.abs(dx) : Infinity;
  const sy = dy !== 0 ? r.height / 2 / Math.abs(dy) : Infinity;
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** The visible part of a line between two notes: from edge to edge. Null when they overlap. */
export function connectorEndpoints(from: Rect, to: Rect): { start: Point; end: Point } | null {
  const a = rectCentre(from);
  const b = rectCentre(to);
  const start = pointOnRectEdge(from, b);
  const end = pointOnRectEdge(to, a);
  // When the rects overlap, the edge points cross over: nothing sensible to draw.
  if ((end.x - start.x) * (b.x - a.x) + (end.y - start.y) * (b.y - a.y) <= 0) return null;
  return { start, end };
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function pointInRect(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

export function offsetRect(r: Rect, dx: number, dy: number): Rect {
  return { x: r.x + dx, y: r.y + dy, width: r.width, height: r.height };
}

/** A rect from two corners in any order (a marquee dragged up and left). */
export function rectFromPoints(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
