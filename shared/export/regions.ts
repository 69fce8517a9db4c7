/**
 * What part of the board an export shows, as pieces of board to place side by side: the whole
 * board, the selected notes, or one phase (its column with the lane headers beside it).
 */
import {
  computeGridLayout,
  LANE_HEADER_WIDTH,
  noteRect,
  type GridLayout,
  type Id,
  type Journey,
  type Rect,
} from '../model';

export type ExportScope = { kind: 'board' } | { kind: 'selection'; noteIds: readonly Id[] } | { kind: 'phase'; phaseId: Id };

/**
 * A piece of the board (`src`, board units) and where it goes in the export (`dest`, same
 * units, same scale). A `dest` larger than `src` leaves blank paper after the piece.
 */
export interface Piece {
  src: Rect;
  dest: Rect;
}

export const EXPORT_MARGIN = 24;
/** Half the width of the grid's marker line, so a cut along a column edge keeps the line. */
const GRID_LINE = 2;

/** The grid and every note, without the on-screen "+" controls. */
export function boardBounds(journey: Journey, layout: GridLayout = computeGridLayout(journey.phases, journey.lanes)): Rect {
  let minX = 0;
  let minY = 0;
  let maxX = Math.max(layout.right, LANE_HEADER_WIDTH);
  let maxY = layout.bottom;
  for (const note of journey.notes) {
    const r = noteRect(note, layout);
    if (!r) continue;
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function unionRect(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The pieces for a scope, laid out from (0, 0); null when the scope shows nothing. `extra`
 * are things drawn on the board beside the grid (the persona card) that the whole board shows.
 */
export function scopePieces(journey: Journey, scope: ExportScope, extra: readonly Rect[] = []): Piece[] | null {
  const layout = computeGridLayout(journey.phases, journey.lanes);
  if (scope.kind === 'board') {
    const src = grow(extra.reduce(unionRect, boardBounds(journey, layout)), EXPORT_MARGIN);
    return [{ src, dest: { x: 0, y: 0, width: src.width, height: src.height } }];
  }
  if (scope.kind === 'selection') {
    const wanted = new Set(scope.noteIds);
    let box: Rect | null = null;
    for (const note of journey.notes) {
      if (!wanted.has(note.id)) continue;
      const r = noteRect(note, layout);
      if (!r) continue;
      box = box ? unionRect(box, r) : r;
    }
    if (!box) return null;
    const src = grow(box, EXPORT_MARGIN);
    return [{ src, dest: { x: 0, y: 0, width: src.width, height: src.height } }];
  }
  const column = layout.columnById.get(scope.phaseId);
  if (!column) return null;
  const top = -EXPORT_MARGIN;
  const height = layout.bottom + 2 * EXPORT_MARGIN;
  const headers: Rect = { x: -EXPORT_MARGIN, y: top, width: LANE_HEADER_WIDTH + EXPORT_MARGIN, height };
  // The column up to and including its right-hand grid line, never the neighbouring phase's
  // notes; the destination is wider, so a margin of paper follows.
  const phase: Rect = { x: column.x, y: top, width: column.width + GRID_LINE, height };
  return [
    { src: headers, dest: { x: 0, y: 0, width: headers.width, height } },
    { src: phase, dest: { x: headers.width, y: 0, width: phase.width + EXPORT_MARGIN, height } },
  ];
}

export function piecesSize(pieces: readonly Piece[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const p of pieces) {
    width = Math.max(width, p.dest.x + p.dest.width);
    height = Math.max(height, p.dest.y + p.dest.height);
  }
  return { width, height };
}
