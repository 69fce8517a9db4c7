/** Board rects of notes, computed from the document (actions run without a canvas). */
import { boundingRect, computeGridLayout, noteRect, type Id, type JourneyDoc, type Rect } from '../../../shared/model';
import { addLaneButtonRect, addPhaseButtonRect } from '../../canvas/draw/gridGeometry';
import { decorationBounds } from '../../canvas/stage/decorations';

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

/** The grid with its "+" tabs, every placed note and the persona card: what "zoom to fit" shows. */
export function contentBounds(doc: JourneyDoc): Rect {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const rects: Rect[] = [
    { x: 0, y: 0, width: 1, height: 1 },
    addPhaseButtonRect(layout),
    addLaneButtonRect(layout),
    ...decorationBounds(doc),
  ];
  for (const id in doc.notes) {
    const r = noteRect(doc.notes[id]!, layout);
    if (r) rects.push(r);
  }
  return boundingRect(rects)!;
}
