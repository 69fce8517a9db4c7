/**
 * What is under the pointer, by arithmetic on the scene rather than Konva's hit canvas: the
 * spatial index narrows the notes to one bucket, and the grid is a handful of rects.
 */
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, cellAt, rectsIntersect, type Id, type Point } from '../../../shared/model';
import { distanceToSegment, connectorEndpoints, pointInRect } from '../draw/geometry';
import { addLaneButtonRect, addPhaseButtonRect } from '../../../shared/board/gridControls';
import { CORNERS, HANDLE, SIDES, connectHandlePoint, cornerPoint, type Corner, type Side } from './handles';
import type { Scene } from './scene';

export type Hit =
  | { kind: 'resizeHandle'; id: Id; corner: Corner }
  | { kind: 'connectHandle'; id: Id; side: Side }
  | { kind: 'note'; id: Id }
  | { kind: 'connector'; id: Id }
  | { kind: 'phaseEdge'; id: Id }
  | { kind: 'laneEdge'; id: Id }
  | { kind: 'phaseHeader'; id: Id }
  | { kind: 'laneHeader'; id: Id }
  | { kind: 'addPhase' }
  | { kind: 'addLane' }
  | { kind: 'cell'; phaseId: Id; laneId: Id }
  | { kind: 'board' };

export interface HitContext {
  zoom: number;
  /** Resize handles show on a single selected note. */
  selectedNoteIds: ReadonlySet<Id>;
  /** Connect handles show on the note under the pointer and on a single selected note. */
  handleNoteId: Id | null;
}

/** Edges of headers grab within this many screen pixels. */
export const EDGE_GRAB_PX = 6;
const LINE_GRAB_PX = 7;

function handleHit(scene: Scene, p: Point, ctx: HitContext): Hit | null {
  const z = ctx.zoom;
  if (ctx.selectedNoteIds.size === 1) {
    const [id] = ctx.selectedNoteIds as Set<Id>;
    const item = scene.note(id!);
    if (item) {
      for (const corner of CORNERS) {
        const c = cornerPoint(item.rect, corner);
        if (Math.abs(p.x - c.x) * z <= HANDLE.resizeHit && Math.abs(p.y - c.y) * z <= HANDLE.resizeHit) {
          return { kind: 'resizeHandle', id: id!, corner };
        }
      }
    }
  }
  if (ctx.handleNoteId) {
    const item = scene.note(ctx.handleNoteId);
    if (item) {
      for (const side of SIDES) {
        const c = connectHandlePoint(item.rect, side, z);
        if (Math.hypot(p.x - c.x, p.y - c.y) * z <= HANDLE.connectHit) return { kind: 'connectHandle', id: item.note.id, side };
      }
    }
  }
  return null;
}

function connectorHit(scene: Scene, p: Point, zoom: number): Hit | null {
  const grab = LINE_GRAB_PX / zoom;
  const near = { x: p.x - grab, y: p.y - grab, width: 2 * grab, height: 2 * grab };
  for (const { item, box } of scene.connectorBoxes()) {
    if (!rectsIntersect(box, near)) continue;
    const ends = connectorEndpoints(item.from, item.to);
    if (ends && distanceToSegment(p, ends.start, ends.end) <= grab) return { kind: 'connector', id: item.connector.id };
  }
  return null;
}

function gridHit(scene: Scene, p: Point, zoom: number): Hit | null {
  const { layout } = scene;
  const grab = EDGE_GRAB_PX / zoom;
  if (p.y >= 0 && p.y < PHASE_HEADER_HEIGHT) {
    for (const c of layout.columns) {
      if (Math.abs(p.x - (c.x + c.width)) <= grab) return { kind: 'phaseEdge', id: c.id };
    }
    const column = layout.columns.find((c) => p.x >= c.x && p.x < c.x + c.width);
    if (column) return { kind: 'phaseHeader', id: column.id };
  }
  if (p.x >= 0 && p.x < LANE_HEADER_WIDTH) {
    for (const r of layout.rows) {
      if (Math.abs(p.y - (r.y + r.height)) <= grab) return { kind: 'laneEdge', id: r.id };
    }
    const row = layout.rows.find((r) => p.y >= r.y && p.y < r.y + r.height);
    if (row) return { kind: 'laneHeader', id: row.id };
  }
  if (pointInRect(p, addPhaseButtonRect(layout))) return { kind: 'addPhase' };
  if (pointInRect(p, addLaneButtonRect(layout))) return { kind: 'addLane' };
  const cell = cellAt(p, layout);
  return cell ? { kind: 'cell', ...cell } : null;
}

export function hitTest(scene: Scene, p: Point, ctx: HitContext): Hit {
  const handle = handleHit(scene, p, ctx);
  if (handle) return handle;
  const note = scene.noteAt(p);
  if (note) return { kind: 'note', id: note.note.id };
  return connectorHit(scene, p, ctx.zoom) ?? gridHit(scene, p, ctx.zoom) ?? { kind: 'board' };
}
