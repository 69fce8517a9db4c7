/** Where a new note goes: at a point, or in the first free spot of a cell. */
import {
  CELL_PADDING,
  DEFAULT_NOTE_SIZE,
  cellRect,
  computeGridLayout,
  createNote,
  kindForLane,
  placeNote,
  rectsIntersect,
  type Cell,
  type JourneyDoc,
  type Note,
  type Point,
  type Rect,
} from '../model';

const GAP = 12;

/** A new, not yet committed note centred on a board point, in whatever cell is there. */
export function newNoteAt(doc: JourneyDoc, point: Point): Note {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const size = DEFAULT_NOTE_SIZE;
  const placed = placeNote({ x: point.x - size.width / 2, y: point.y - size.height / 2 }, size, layout);
  return createNote({ ...placed, kind: kindForLane(doc, placed.laneId) });
}

/**
 * The first slot in a cell, row by row, that overlaps no note already there; below the lowest
 * note when the cell is full (the cell then grows to fit).
 */
export function freeSpotInCell(doc: JourneyDoc, cell: Cell): Point | null {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const rect = cellRect(cell, layout);
  if (!rect) return null;
  const size = DEFAULT_NOTE_SIZE;
  const taken: Rect[] = [];
  let lowest = CELL_PADDING;
  for (const id in doc.notes) {
    const n = doc.notes[id]!;
    if (n.phaseId !== cell.phaseId || n.laneId !== cell.laneId) continue;
    taken.push({ x: n.x - GAP / 2, y: n.y - GAP / 2, width: n.width + GAP, height: n.height + GAP });
    lowest = Math.max(lowest, n.y + n.height + GAP);
  }
  for (let y = CELL_PADDING; y + size.height + CELL_PADDING <= rect.height; y += size.height + GAP) {
    for (let x = CELL_PADDING; x + size.width + CELL_PADDING <= rect.width; x += size.width + GAP) {
      const slot = { x, y, ...size };
      if (!taken.some((t) => rectsIntersect(t, slot))) return { x, y };
    }
  }
  return { x: CELL_PADDING, y: lowest };
}

export function newNoteInCell(doc: JourneyDoc, cell: Cell): Note | null {
  const spot = freeSpotInCell(doc, cell);
  if (!spot) return null;
  return createNote({ ...spot, phaseId: cell.phaseId, laneId: cell.laneId, kind: kindForLane(doc, cell.laneId) });
}
