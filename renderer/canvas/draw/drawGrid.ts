/**
 * The flipchart sheet: phases as columns with marker-written headers, lanes as rows, drawn in
 * plain Canvas2D on the board's static layer (and by the PNG exporter).
 */
import {
  DEFAULT_COLOUR_BY_KIND,
  LANE_HEADER_WIDTH,
  PHASE_HEADER_HEIGHT,
  type GridLayout,
  type Id,
  type Lane,
  type Phase,
} from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import { LEGIBLE_SCREEN_PX } from './detail';
import { addLaneButtonRect, addPhaseButtonRect } from '../../../shared/board/gridControls';
import { REFERENCE_SIZE, wrapText, type MeasureText } from './textLayout';
import { cssFont, type BoardTheme } from './theme';

export interface GridDrawInput {
  layout: GridLayout;
  phases: readonly Phase[];
  lanes: readonly Lane[];
  title: string;
  zoom: number;
  theme: BoardTheme;
  measure: MeasureText;
  /** The header being renamed: its title is shown by the editor instead. */
  hiddenTitleId?: Id | null;
  /** The "+" tabs are controls: shown on screen, left out of exported images. */
  showAddButtons: boolean;
}

function ellipsize(text: string, maxWidth: number, size: number, input: GridDrawInput, font = input.theme.headerFont): string {
  const width = (s: string) => (input.measure(s, font) * size) / REFERENCE_SIZE;
  if (width(text) <= maxWidth) return text;
  let cut = text.length;
  while (cut > 1 && width(`${text.slice(0, cut)}…`) > maxWidth) cut--;
  return `${text.slice(0, cut)}…`;
}

function markerLine(ctx: Canvas2D, x1: number, y1: number, x2: number, y2: number): void {
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
}

function drawPlus(ctx: Canvas2D, cx: number, cy: number, size: number): void {
  ctx.moveTo(cx - size, cy);
  ctx.lineTo(cx + size, cy);
  ctx.moveTo(cx, cy - size);
  ctx.lineTo(cx, cy + size);
}

function drawAddButtons(ctx: Canvas2D, input: GridDrawInput): void {
  const { theme, layout, zoom } = input;
  const buttons = [addPhaseButtonRect(layout), addLaneButtonRect(layout)];
  ctx.beginPath();
  for (const b of buttons) ctx.rect(b.x + 4, b.y + 4, b.width - 8, b.height - 8);
  ctx.fillStyle = 'rgba(255, 254, 249, 0.7)';
  ctx.fill();
  ctx.setLineDash([6, 5]);
  ctx.strokeStyle = theme.mutedInk;
  ctx.lineWidth = Math.max(1.5, 1 / zoom);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const b of buttons) drawPlus(ctx, b.x + b.width / 2, b.y + b.height / 2, 10);
  ctx.lineWidth = Math.max(3, 1 / zoom);
  ctx.lineCap = 'round';
  ctx.stroke();
}

function drawPhaseTitles(ctx: Canvas2D, input: GridDrawInput): void {
  const { theme, layout } = input;
  const size = theme.headerFontSize;
  ctx.font = cssFont(theme.headerFont, size);
  ctx.fillStyle = theme.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  layout.columns.forEach((column, i) => {
    const phase = input.phases[i];
    if (!phase || phase.id === input.hiddenTitleId) return;
    const text = ellipsize(phase.title, column.width - 32, size, input);
    ctx.fillText(text, column.x + column.width / 2, PHASE_HEADER_HEIGHT / 2 + 2);
  });
}

/** The lane title's size: smaller when its longest word would not fit ("Schmerzpunkte"). */
function laneTitleSize(title: string, maxWidth: number, input: GridDrawInput): number {
  const longest = Math.max(0, ...title.split(/\s+/).map((w) => input.measure(w, input.theme.headerFont)));
  const fitting = (maxWidth * REFERENCE_SIZE) / Math.max(1, longest);
  return Math.max(12, Math.min(input.theme.laneHeaderFontSize, Math.floor(fitting)));
}

function drawLaneTitles(ctx: Canvas2D, input: GridDrawInput): void {
  const { theme, layout } = input;
  const lanesById = new Map(input.lanes.map((l) => [l.id, l]));
  const textLeft = 48;
  const maxWidth = LANE_HEADER_WIDTH - textLeft - 14;
  for (const row of layout.rows) {
    const lane = lanesById.get(row.id);
    if (!lane) continue;
    // The lane's sticky-note colour, so the room learns which colour goes where.
    const swatch = input.theme.inks[DEFAULT_COLOUR_BY_KIND[lane.kind]];
    const sy = row.y + row.height / 2 - 12;
    ctx.fillStyle = swatch.fill;
    ctx.fillRect(16, sy, 22, 22);
    ctx.strokeStyle = swatch.edge;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(16, sy, 22, 22);
    if (lane.id === input.hiddenTitleId) continue;
    const size = laneTitleSize(lane.title, maxWidth, input);
    const maxLines = Math.max(1, Math.floor((row.height - 16) / (size * 1.15)));
    let lines = wrapText(lane.title, { maxWidth, fontSize: size, font: theme.headerFont, measure: input.measure });
    if (lines.length > maxLines) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = ellipsize(`${lines[maxLines - 1]}…`, maxWidth, size, input);
    }
    ctx.font = cssFont(theme.headerFont, size);
    ctx.fillStyle = theme.ink;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    let y = row.y + row.height / 2 - ((lines.length - 1) * size * 1.15) / 2 + 1;
    for (const line of lines) {
      ctx.fillText(line, textLeft, y);
      y += size * 1.15;
    }
  }
}

export function drawGrid(ctx: Canvas2D, input: GridDrawInput): void {
  const { layout, theme, zoom } = input;
  const right = layout.right;
  const bottom = layout.bottom;
  ctx.fillStyle = theme.sheet;
  ctx.fillRect(0, 0, right, bottom);
  ctx.fillStyle = theme.headerFill;
  ctx.fillRect(0, 0, right, PHASE_HEADER_HEIGHT);
  ctx.fillRect(0, PHASE_HEADER_HEIGHT, LANE_HEADER_WIDTH, bottom - PHASE_HEADER_HEIGHT);

  // Thin cell lines, then the thicker marker strokes that frame the headers.
  ctx.beginPath();
  for (const c of layout.columns.slice(1)) markerLine(ctx, c.x, PHASE_HEADER_HEIGHT, c.x, bottom);
  for (const r of layout.rows.slice(1)) markerLine(ctx, LANE_HEADER_WIDTH, r.y, right, r.y);
  ctx.strokeStyle = 'rgba(43, 47, 54, 0.35)';
  ctx.lineWidth = Math.max(1.5, 1 / zoom);
  ctx.stroke();

  ctx.beginPath();
  for (const c of layout.columns.slice(1)) markerLine(ctx, c.x, 0, c.x, PHASE_HEADER_HEIGHT);
  for (const r of layout.rows.slice(1)) markerLine(ctx, 0, r.y, LANE_HEADER_WIDTH, r.y);
  markerLine(ctx, 0, PHASE_HEADER_HEIGHT, right, PHASE_HEADER_HEIGHT);
  markerLine(ctx, LANE_HEADER_WIDTH, 0, LANE_HEADER_WIDTH, bottom);
  ctx.rect(0, 0, right, bottom);
  ctx.strokeStyle = theme.gridLine;
  ctx.lineWidth = Math.max(3, 1.5 / zoom);
  ctx.lineCap = 'round';
  ctx.stroke();

  if (input.showAddButtons) drawAddButtons(ctx, input);
  if (theme.laneHeaderFontSize * zoom < LEGIBLE_SCREEN_PX / 2) return;
  drawPhaseTitles(ctx, input);
  drawLaneTitles(ctx, input);
  if (input.title) {
    const size = 16;
    ctx.font = cssFont({ family: "'Inter', system-ui, sans-serif", weight: 600 }, size);
    ctx.fillStyle = theme.mutedInk;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    const font = { family: "'Inter', system-ui, sans-serif", weight: 600 };
    ctx.fillText(ellipsize(input.title, LANE_HEADER_WIDTH - 28, size, input, font), 14, PHASE_HEADER_HEIGHT / 2);
  }
}
