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

/** A piece of the board (`src`, board units) and where it goes in the export (`dest`, same units). */
export interface Piece {
  src: Rect;
  dest: Rect;
}

export const EXPORT_MARGIN = 24;

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

/** The pieces for a scope, laid out from (0, 0); null when the scope shows nothing. */
export function scopePieces(journey: Journey, scope: ExportScope): Piece[] | null {
  const layout = computeGridLayout(journey.phases, journey.lanes);
  if (scope.kind === 'board') {
    const src = grow(boardBounds(journey, layout), EXPORT_MARGIN);
    return [{ src, dest: { x: 0, y: 0, width: src.width, height: src.height } }];
  }
  if (scope.kind === 'selection') {
    const wanted = new Set(scope.noteIds);
    let box: Rect | null = null;
    for (const note of journey.notes) {
      if (!wanted.has(note.id)) continue;
      const r = noteRect(note, layout);
      if (!r) continue;
      box = box
        ? {
            x: Math.min(box.x, r.x),
            y: Math.min(box.y, r.y),
            width: Math.max(box.x + box.width, r.x + r.width) - Math.min(box.x, r.x),
            height: Math.max(box.y + box.height, r.y + r.height) - Math.min(box.y, r.y),
          }
        : r;
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
  const phase: Rect = { x: column.x, y: top, width: column.width + EXPORT_MARGIN, height };
  return [
    { src: headers, dest: { x: 0, y: 0, width: headers.width, height } },
    { src: phase, dest: { x: headers.width, y: 0, width: phase.width, height } },
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
