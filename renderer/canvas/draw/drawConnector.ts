/** Lines and arrows between notes, with their optional labels, in plain Canvas2D. */
import type { Connector, Id, Point, Rect } from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import { LEGIBLE_SCREEN_PX, detailForZoom } from './detail';
import { connectorEndpoints } from './geometry';
import { cssFont, type BoardTheme } from './theme';

export interface ConnectorItem {
  connector: Connector;
  from: Rect;
  to: Rect;
}

export interface ConnectorDrawContext {
  theme: BoardTheme;
  zoom: number;
  /** The connector whose label the editor is showing instead. */
  hiddenLabelId?: Id | null;
}

export const CONNECTOR_STYLE = { width: 2.5, arrowLength: 16, arrowWidth: 12, labelFontSize: 20, labelPadding: 6 } as const;

function arrowHead(ctx: Canvas2D, start: Point, end: Point, scale: number): void {
  const angle = Math.atan2(end.y - start.y, end.x - start.x);
  const l = CONNECTOR_STYLE.arrowLength * scale;
  const w = (CONNECTOR_STYLE.arrowWidth * scale) / 2;
  const bx = end.x - l * Math.cos(angle);
  const by = end.y - l * Math.sin(angle);
  ctx.moveTo(end.x, end.y);
  ctx.lineTo(bx + w * Math.sin(angle), by - w * Math.cos(angle));
  ctx.lineTo(bx - w * Math.sin(angle), by + w * Math.cos(angle));
  ctx.closePath();
}

export function labelBox(ctx: Canvas2D, item: ConnectorItem, theme: BoardTheme): Rect | null {
  const ends = connectorEndpoints(item.from, item.to);
  if (!ends || !item.connector.label) return null;
  const size = CONNECTOR_STYLE.labelFontSize;
  ctx.font = cssFont(theme.noteFont, size);
  const width = ctx.measureText(item.connector.label).width + 2 * CONNECTOR_STYLE.labelPadding;
  const height = size * 1.3;
  const cx = (ends.start.x + ends.end.x) / 2;
  const cy = (ends.start.y + ends.end.y) / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * All lines in one stroke and all arrowheads in one fill. Their labels are drawn apart
 * (drawConnectorLabels), after the notes, so that no note hides one.
 */
export function drawConnectorLines(ctx: Canvas2D, items: readonly ConnectorItem[], dc: ConnectorDrawContext): void {
  if (items.length === 0) return;
  // Lines keep at least a screen pixel of width and arrowheads stay visible when zoomed out.
  const scale = Math.max(1, 1 / (dc.zoom * 2));
  const ends = items.map((item) => connectorEndpoints(item.from, item.to));
  ctx.beginPath();
  ends.forEach((e) => {
    if (!e) return;
    ctx.moveTo(e.start.x, e.start.y);
    ctx.lineTo(e.end.x, e.end.y);
  });
  // Zoomed far out, lines are hairlines without arrowheads: the room sees the web of links,
  // and a thousand tiny triangles would cost more to fill than every note together.
  const far = detailForZoom(dc.zoom) === 'block';
  ctx.strokeStyle = dc.theme.gridLine;
  ctx.lineWidth = far ? 1 / dc.zoom : Math.max(CONNECTOR_STYLE.width, 1 / dc.zoom);
  ctx.lineCap = far ? 'butt' : 'round';
  ctx.stroke();
  if (far) return;
  ctx.beginPath();
  items.forEach((item, i) => {
    const e = ends[i];
    if (e && item.connector.arrow) arrowHead(ctx, e.start, e.end, scale);
  });
  ctx.fillStyle = dc.theme.gridLine;
  ctx.fill();
}

/** The lines' labels, on a sheet-coloured box; left out while too small to read. */
export function drawConnectorLabels(ctx: Canvas2D, items: readonly ConnectorItem[], dc: ConnectorDrawContext): void {
  if (items.length === 0 || CONNECTOR_STYLE.labelFontSize * dc.zoom < LEGIBLE_SCREEN_PX) return;
  for (const item of items) {
    if (!item.connector.label || item.connector.id === dc.hiddenLabelId) continue;
    const box = labelBox(ctx, item, dc.theme);
    if (!box) continue;
    ctx.fillStyle = dc.theme.sheet;
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.strokeStyle = dc.theme.gridLine;
    ctx.lineWidth = 1 / dc.zoom;
    ctx.strokeRect(box.x, box.y, box.width, box.height);
    ctx.fillStyle = dc.theme.ink;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(item.connector.label, box.x + box.width / 2, box.y + box.height / 2);
  }
}
