/**
 * Paints one region of an exported picture: background, the header band (title, persona,
 * date), the board pieces, the legend band. The same function paints the whole picture on one
 * canvas or one tile of a huge one; the region is in output pixels.
 */
import type { NoteColour, Rect } from '../../shared/model';
import type { ImagePlan } from '../../shared/export/imageLayout';
import { LEGEND_ENTRY } from '../../shared/export/imageLayout';
import type { Tile } from '../../shared/export/tiles';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { cssFont } from '../canvas/draw/theme';
import type { BoardPicture } from './boardPicture';

export type ExportBackground = 'paper' | 'transparent';

export interface ImageTexts {
  title: string;
  /** "Persona: Anna Berger, Projektleiterin" or null without a persona. */
  persona: string | null;
  /** "Exported 22 November 2026". */
  date: string;
  legendTitle: string;
  legend: { colour: NoteColour; label: string }[];
  /** "Kundenreise Onboarding · 3 December 2026 · Journeyboard 0.9.0", the line at the bottom. */
  footer: string;
}

export interface PaintInput {
  plan: ImagePlan;
  picture: BoardPicture;
  texts: ImageTexts;
  background: ExportBackground;
}

const TEXT_FONT = { family: "'Inter', system-ui, sans-serif", weight: 400 };
const STRONG_FONT = { family: "'Inter', system-ui, sans-serif", weight: 600 };

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Cuts a text with an ellipsis so it fits `maxWidth` at the context's current font. */
function fit(ctx: Canvas2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

function paintHeader(ctx: Canvas2D, rect: Rect, input: PaintInput): void {
  const { theme } = input.picture;
  const { texts } = input;
  const x = rect.x + 32;
  const maxWidth = rect.width - 64;
  ctx.fillStyle = theme.ink;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.font = cssFont(theme.headerFont, 40);
  ctx.fillText(fit(ctx, texts.title, maxWidth), x, rect.y + 52);
  ctx.font = cssFont(TEXT_FONT, 20);
  ctx.fillStyle = theme.mutedInk;
  const line = [texts.persona, texts.date].filter(Boolean).join('   ·   ');
  ctx.fillText(fit(ctx, line, maxWidth), x, rect.y + 92);
}

function paintLegend(ctx: Canvas2D, rect: Rect, input: PaintInput): void {
  const { theme } = input.picture;
  const { plan, texts } = input;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = theme.ink;
  ctx.font = cssFont(STRONG_FONT, 20);
  ctx.fillText(texts.legendTitle, rect.x + 32, rect.y + 30);
  ctx.font = cssFont(TEXT_FONT, 18);
  texts.legend.forEach((entry, i) => {
    const column = i % plan.legendColumns;
    const row = Math.floor(i / plan.legendColumns);
    const ex = rect.x + 32 + column * LEGEND_ENTRY.width;
    const ey = rect.y + LEGEND_ENTRY.top + row * LEGEND_ENTRY.height;
    const ink = theme.inks[entry.colour];
    ctx.fillStyle = ink.fill;
    ctx.fillRect(ex, ey, 28, 28);
    ctx.strokeStyle = ink.edge;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(ex + 0.75, ey + 0.75, 26.5, 26.5);
    ctx.fillStyle = theme.ink;
    ctx.fillText(fit(ctx, entry.label, LEGEND_ENTRY.width - 52), ex + 40, ey + 14);
  });
}

function paintFooter(ctx: Canvas2D, rect: Rect, input: PaintInput): void {
  const { theme } = input.picture;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = theme.mutedInk;
  ctx.font = cssFont(TEXT_FONT, 16);
  ctx.fillText(fit(ctx, input.texts.footer, rect.width - 64), rect.x + 32, rect.y + rect.height / 2);
}

/** Paints the part of the picture inside `region` (output pixels) onto `ctx`, whose (0, 0) is the region's corner. */
export function paintImageRegion(ctx: Canvas2D, input: PaintInput, region: Tile): void {
  const { plan, picture } = input;
  const ratio = plan.pixelRatio;
  ctx.save();
  ctx.clearRect(0, 0, region.width, region.height);
  ctx.translate(-region.x, -region.y);
  ctx.scale(ratio, ratio);
  // The region in plan units, to skip what it does not touch.
  const view: Rect = { x: region.x / ratio, y: region.y / ratio, width: region.width / ratio, height: region.height / ratio };
  if (input.background === 'paper') {
    ctx.fillStyle = picture.theme.paper;
    ctx.fillRect(view.x, view.y, view.width, view.height);
  }
  if (plan.header && intersect(plan.header, view)) paintHeader(ctx, plan.header, input);
  for (const piece of plan.pieces) {
    const visible = intersect(piece.dest, view);
    if (!visible) continue;
    ctx.save();
    ctx.beginPath();
    // Only the piece itself: a wider destination is blank paper, not more board.
    ctx.rect(piece.dest.x, piece.dest.y, Math.min(piece.dest.width, piece.src.width), Math.min(piece.dest.height, piece.src.height));
    ctx.clip();
    const dx = piece.dest.x - piece.src.x;
    const dy = piece.dest.y - piece.src.y;
    ctx.translate(dx, dy);
    picture.draw(ctx, { x: visible.x - dx, y: visible.y - dy, width: visible.width, height: visible.height }, ratio);
    ctx.restore();
  }
  if (plan.legend && intersect(plan.legend, view)) paintLegend(ctx, plan.legend, input);
  if (intersect(plan.footer, view)) paintFooter(ctx, plan.footer, input);
  ctx.restore();
}
