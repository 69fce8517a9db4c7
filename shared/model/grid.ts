/**
 * Where phases (columns) and lanes (rows) sit on the board. Pure geometry: the canvas, the
 * exporters and the tests all place things through these functions.
 */
import type { Id, Lane, Note, Phase } from './journey';

export const LANE_HEADER_WIDTH = 200;
export const PHASE_HEADER_HEIGHT = 72;
export const CELL_PADDING = 16;

export interface GridColumn {
  id: Id;
  x: number;
  width: number;
}
export interface GridRow {
  id: Id;
  y: number;
  height: number;
}
export interface GridLayout {
  columns: GridColumn[];
  rows: GridRow[];
  columnById: Map<Id, GridColumn>;
  rowById: Map<Id, GridRow>;
  /** The right and bottom edge of the grid in board coordinates. */
  right: number;
  bottom: number;
}

export function computeGridLayout(phases: readonly Phase[], lanes: readonly Lane[]): GridLayout {
  const columns: GridColumn[] = [];
  let x = LANE_HEADER_WIDTH;
  for (const phase of phases) {
    columns.push({ id: phase.id, x, width: phase.width });
    x += phase.width;
  }
  const rows: GridRow[] = [];
  let y = PHASE_HEADER_HEIGHT;
  for (const lane of lanes) {
    if (lane.hidden) continue;
    rows.push({ id: lane.id, y, height: lane.height });
    y += lane.height;
  }
  return {
    columns,
    rows,
    columnById: new Map(columns.map((c) => [c.id, c])),
    rowById: new Map(rows.map((r) => [r.id, r])),
    right: x,
    bottom: y,
  };
}

export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point {
  width: number;
  height: number;
}

/** The note's top-left corner in board coordinates, or null when its lane is hidden. */
export function notePosition(
  note: Pick<Note, 'x' | 'y' | 'phaseId' | 'laneId'>,
  layout: GridLayout,
): Point | null {
  if (note.phaseId === null || note.laneId === null) return { x: note.x, y: note.y };
  const column = layout.columnById.get(note.phaseId);
  const row = layout.rowById.get(note.laneId);
  if (!column || !row) return null;
  return { x: column.x + note.x, y: row.y + note.y };
}

export function noteRect(note: Note, layout: GridLayout): Rect | null {
  const p = notePosition(note, layout);
  return p ? { x: p.x, y: p.y, width: note.width, height: note.height } : null;
}

export interface Cell {
  phaseId: Id;
  laneId: Id;
}

/** The cell under a board point, or null outside the grid (headers included). */
export function cellAt(point: Point, layout: GridLayout): Cell | null {
  const column = layout.columns.find((c) => point.x >= c.x && point.x < c.x + c.width);
  const row = layout.rows.find((r) => point.y >= r.y && point.y < r.y + r.height);
  return column && row ? { phaseId: column.id, laneId: row.id } : null;
}

export function cellRect(cell: Cell, layout: GridLayout): Rect | null {
  const column = layout.columnById.get(cell.phaseId);
  const row = layout.rowById.get(cell.laneId);
  return column && row ? { x: column.x, y: row.y, width: column.width, height: row.height } : null;
}

/**
 * Places a note whose top-left corner lands at `topLeft`: the cell is chosen by the note's
 * centre (as a person judges "dropped into that box"), and the stored x/y become relative.
 */
export function placeNote(
  topLeft: Point,
  size: { width: number; height: number },
  layout: GridLayout,
): Pick<Note, 'x' | 'y' | 'phaseId' | 'laneId'> {
  const centre = { x: topLeft.x + size.width / 2, y: topLeft.y + size.height / 2 };
  const cell = cellAt(centre, layout);
  if (!cell) return { x: topLeft.x, y: topLeft.y, phaseId: null, laneId: null };
  const rect = cellRect(cell, layout)!;
  return { x: topLeft.x - rect.x, y: topLeft.y - rect.y, phaseId: cell.phaseId, laneId: cell.laneId };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function boundingRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
