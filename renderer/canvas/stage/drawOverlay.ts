/**
 * The overlay layer: selection, handles, marquee, drop targets and gesture previews. It holds
 * few things and redraws on its own, so selecting or hovering never redraws the notes.
 */
import {
  LANE_HEADER_WIDTH,
  PHASE_HEADER_HEIGHT,
  cellRect,
  type Id,
  type Rect,
} from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import { connectorEndpoints, offsetRect } from '../draw/geometry';
import { CORNERS, HANDLE, SIDES, connectHandlePoint, cornerPoint } from '../scene/handles';
import type { RenderState } from './renderState';

function noteRectNow(state: RenderState, id: Id): Rect | null {
  const item = state.scene.note(id);
  if (!item) return null;
  const { drag, resize } = state.transient;
  if (resize?.id === id) return resize.rect;
  if (drag?.ids.has(id)) return offsetRect(item.rect, drag.dx, drag.dy);
  return item.rect;
}

function drawCellHighlights(ctx: Canvas2D, state: RenderState, zoom: number): void {
  const { layout } = state.scene;
  const selected = state.board().selectedCell;
  const target = state.transient.drag?.target;
  for (const [cell, alpha] of [
    [selected, 0.04],
    [target, 0.09],
  ] as const) {
    const r = cell && cellRect(cell, layout);
    if (!r) continue;
    ctx.fillStyle = `rgba(21, 101, 192, ${alpha})`;
    ctx.fillRect(r.x, r.y, r.width, r.height);
    ctx.strokeStyle = 'rgba(21, 101, 192, 0.55)';
    ctx.lineWidth = 1.5 / zoom;
    ctx.setLineDash([6 / zoom, 5 / zoom]);
    ctx.strokeRect(r.x + 2 / zoom, r.y + 2 / zoom, r.width - 4 / zoom, r.height - 4 / zoom);
    ctx.setLineDash([]);
  }
}

function drawHeaderFeedback(ctx: Canvas2D, state: RenderState, zoom: number): void {
  const { layout } = state.scene;
  const theme = state.theme();
  const { hoverEdge, headerMove } = state.transient;
  ctx.strokeStyle = theme.selection;
  ctx.lineWidth = 4 / zoom;
  if (hoverEdge?.kind === 'phase') {
    const c = layout.columnById.get(hoverEdge.id);
    if (c) {
      ctx.beginPath();
      ctx.moveTo(c.x + c.width, 0);
      ctx.lineTo(c.x + c.width, layout.bottom);
      ctx.stroke();
    }
  } else if (hoverEdge?.kind === 'lane') {
    const r = layout.rowById.get(hoverEdge.id);
    if (r) {
      ctx.beginPath();
      ctx.moveTo(0, r.y + r.height);
      ctx.lineTo(layout.right, r.y + r.height);
      ctx.stroke();
    }
  }
  if (!headerMove) return;
  // The header follows the pointer as a ghost; a bar marks where it would be inserted.
  ctx.fillStyle = 'rgba(21, 101, 192, 0.16)';
  if (headerMove.kind === 'phase') {
    const c = layout.columnById.get(headerMove.id);
    if (!c) return;
    ctx.fillRect(headerMove.position - c.width / 2, 0, c.width, PHASE_HEADER_HEIGHT);
    const before = layout.columns[headerMove.toIndex];
    const x = before ? before.x : layout.right;
    ctx.fillStyle = theme.selection;
    ctx.fillRect(x - 3 / zoom, 0, 6 / zoom, layout.bottom);
  } else {
    const r = layout.rowById.get(headerMove.id);
    if (!r) return;
    ctx.fillRect(0, headerMove.position - r.height / 2, LANE_HEADER_WIDTH, r.height);
    const before = layout.rows[headerMove.toIndex];
    const y = before ? before.y : layout.bottom;
    ctx.fillStyle = theme.selection;
    ctx.fillRect(0, y - 3 / zoom, layout.right, 6 / zoom);
  }
}

function drawSelection(ctx: Canvas2D, state: RenderState, zoom: number): void {
  const theme = state.theme();
  const board = state.board();
  const px = 1 / zoom;
  ctx.beginPath();
  for (const id of board.selectedNoteIds) {
    const r = noteRectNow(state, id);
    if (r) ctx.rect(r.x - 3 * px, r.y - 3 * px, r.width + 6 * px, r.height + 6 * px);
  }
  ctx.strokeStyle = theme.selection;
  ctx.lineWidth = 2.5 * px;
  ctx.stroke();
  for (const id of board.selectedConnectorIds) {
    const item = state.scene.connectorItem(id);
    const ends = item && connectorEndpoints(item.from, item.to);
    if (!ends) continue;
    ctx.beginPath();
    ctx.moveTo(ends.start.x, ends.start.y);
    ctx.lineTo(ends.end.x, ends.end.y);
    ctx.strokeStyle = 'rgba(21, 101, 192, 0.45)';
    ctx.lineWidth = 10 * px;
    ctx.lineCap = 'round';
    ctx.stroke();
  }
  if (board.selectedNoteIds.size !== 1 || state.transient.drag) return;
  const [id] = board.selectedNoteIds as Set<Id>;
  const r = noteRectNow(state, id!);
  if (!r) return;
  const s = HANDLE.resizeSize * px;
  for (const corner of CORNERS) {
    const c = cornerPoint(r, corner);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(c.x - s / 2, c.y - s / 2, s, s);
    ctx.strokeStyle = theme.selection;
    ctx.lineWidth = 1.5 * px;
    ctx.strokeRect(c.x - s / 2, c.y - s / 2, s, s);
  }
}

function drawConnectHandles(ctx: Canvas2D, state: RenderState, zoom: number): void {
  const { transient } = state;
  if (transient.drag || transient.resize || transient.marquee) return;
  const board = state.board();
  const ids = new Set<Id>();
  if (transient.hoverNoteId) ids.add(transient.hoverNoteId);
  if (board.selectedNoteIds.size === 1) for (const id of board.selectedNoteIds) ids.add(id);
  if (transient.connect) ids.add(transient.connect.from);
  const theme = state.theme();
  for (const id of ids) {
    const r = noteRectNow(state, id);
    if (!r) continue;
    for (const side of SIDES) {
      const c = connectHandlePoint(r, side, zoom);
      ctx.beginPath();
      ctx.arc(c.x, c.y, HANDLE.connectRadius / zoom, 0, Math.PI * 2);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = theme.selection;
      ctx.lineWidth = 2 / zoom;
      ctx.stroke();
    }
  }
}

function drawConnectPreview(ctx: Canvas2D, state: RenderState, zoom: number): void {
  const connect = state.transient.connect;
  if (!connect) return;
  const from = state.scene.note(connect.from);
  if (!from) return;
  const theme = state.theme();
  const target = connect.target ? state.scene.note(connect.target) : null;
  if (target) {
    ctx.strokeStyle = theme.selection;
    ctx.lineWidth = 3 / zoom;
    const r = target.rect;
    ctx.strokeRect(r.x - 4 / zoom, r.y - 4 / zoom, r.width + 8 / zoom, r.height + 8 / zoom);
  }
  const ends = target ? connectorEndpoints(from.rect, target.rect) : null;
  const start = ends?.start ?? { x: from.rect.x + from.rect.width / 2, y: from.rect.y + from.rect.height / 2 };
  const end = ends?.end ?? connect.to;
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.lineTo(end.x, end.y);
  ctx.strokeStyle = theme.selection;
  ctx.lineWidth = 2.5 / zoom;
  ctx.setLineDash([10 / zoom, 6 / zoom]);
  ctx.stroke();
  ctx.setLineDash([]);
}

export function drawOverlay(ctx: Canvas2D, state: RenderState): void {
  const zoom = state.camera().zoom;
  drawCellHighlights(ctx, state, zoom);
  drawHeaderFeedback(ctx, state, zoom);
  const hover = state.transient.hoverNoteId;
  if (hover && !state.board().selectedNoteIds.has(hover) && !state.transient.drag) {
    const r = noteRectNow(state, hover);
    if (r) {
      ctx.strokeStyle = 'rgba(21, 101, 192, 0.5)';
      ctx.lineWidth = 2 / zoom;
      ctx.strokeRect(r.x, r.y, r.width, r.height);
    }
  }
  drawSelection(ctx, state, zoom);
  drawConnectHandles(ctx, state, zoom);
  drawConnectPreview(ctx, state, zoom);
  const marquee = state.transient.marquee;
  if (marquee) {
    ctx.fillStyle = state.theme().selectionFill;
    ctx.fillRect(marquee.x, marquee.y, marquee.width, marquee.height);
    ctx.strokeStyle = state.theme().selection;
    ctx.lineWidth = 1.5 / zoom;
    ctx.strokeRect(marquee.x, marquee.y, marquee.width, marquee.height);
  }
}
