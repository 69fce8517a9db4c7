/** Board rects of notes and the board's extent, computed from the document (no canvas needed). */
import { computeGridLayout, noteRect, type GridLayout, type Id, type JourneyDoc, type Rect } from '../model';
import { addLaneButtonRect, addPhaseButtonRect } from './gridControls';

export function noteRects(doc: JourneyDoc, ids: Iterable<Id>): Map<Id, Rect> {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const rects = new Map<Id, Rect>();
  for (const id of ids) {
    const note = doc.notes[id];
    const rect = note && noteRect(note, layout);
    if (rect) rects.set(id, rect);
  }
  return rects;
}

/**
 * THE board's extent, what "zoom to fit", fitting on open, the minimap and the thumbnail show:
 * the grid with its "+" tabs, every placed note, and what is drawn beside them (`beside`: the
 * persona card, whose size depends on text measured by the caller).
 */
export function boardBounds(layout: GridLayout, notes: Iterable<Rect>, beside: readonly Rect[] = []): Rect {
  const plus = addPhaseButtonRect(layout);
  const below = addLaneButtonRect(layout);
  let minX = 0;
  let minY = 0;
  let maxX = plus.x + plus.width;
  let maxY = below.y + below.height;
  const grow = (rect: Rect) => {
    if (rect.x < minX) minX = rect.x;
    if (rect.y < minY) minY = rect.y;
    if (rect.x + rect.width > maxX) maxX = rect.x + rect.width;
    if (rect.y + rect.height > maxY) maxY = rect.y + rect.height;
  };
  for (const rect of notes) grow(rect);
  for (const rect of beside) grow(rect);
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The board's extent straight from a document (every placed note), for code without a scene. */
export function docBounds(doc: JourneyDoc, beside: readonly Rect[] = []): Rect {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const rects: Rect[] = [];
  for (const id in doc.notes) {
    const r = noteRect(doc.notes[id]!, layout);
    if (r) rects.push(r);
  }
  return boardBounds(layout, rects, beside);
}
