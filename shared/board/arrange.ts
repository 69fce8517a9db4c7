/** Align and distribute selected notes, by their board rects. */
import type { Id, JourneyDoc, Rect } from '../model';
import { noteRects } from './bounds';
import { placeNotesAt } from './moveNotes';

export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

export function alignNotes(doc: JourneyDoc, ids: Iterable<Id>, edge: AlignEdge): JourneyDoc {
  const rects = noteRects(doc, ids);
  if (rects.size < 2) return doc;
  const all = [...rects.values()];
  const left = Math.min(...all.map((r) => r.x));
  const right = Math.max(...all.map((r) => r.x + r.width));
  const top = Math.min(...all.map((r) => r.y));
  const bottom = Math.max(...all.map((r) => r.y + r.height));
  const moved = new Map<Id, Rect>();
  for (const [id, r] of rects) {
    const x =
      edge === 'left' ? left : edge === 'right' ? right - r.width : edge === 'centre' ? (left + right) / 2 - r.width / 2 : r.x;
    const y =
      edge === 'top' ? top : edge === 'bottom' ? bottom - r.height : edge === 'middle' ? (top + bottom) / 2 - r.height / 2 : r.y;
    moved.set(id, { ...r, x, y });
  }
  return placeNotesAt(doc, moved);
}

/** Equal gaps between notes along one axis, keeping the outermost two where they are. */
export function distributeNotes(doc: JourneyDoc, ids: Iterable<Id>, axis: 'horizontal' | 'vertical'): JourneyDoc {
  const rects = noteRects(doc, ids);
  if (rects.size < 3) return doc;
  const pos = axis === 'horizontal' ? 'x' : 'y';
  const len = axis === 'horizontal' ? 'width' : 'height';
  const sorted = [...rects].sort((a, b) => a[1][pos] - b[1][pos]);
  const first = sorted[0]![1];
  const last = sorted[sorted.length - 1]![1];
  const span = last[pos] + last[len] - first[pos];
  const total = sorted.reduce((sum, [, r]) => sum + r[len], 0);
  const gap = (span - total) / (sorted.length - 1);
  const moved = new Map<Id, Rect>();
  let cursor = first[pos];
  for (const [id, r] of sorted) {
    moved.set(id, { ...r, [pos]: cursor });
    cursor += r[len] + gap;
  }
  return placeNotesAt(doc, moved);
}
