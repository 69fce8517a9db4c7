/**
 * What the method adds to a note, drawn on top of it: touchpoint attribute badges, the
 * inside-out / outside-in ratings, an emotion note's face, a KPI's figures and its missed
 * target. Readable on a projector: at 100% zoom the badge text is as large as a lane title.
 * Words come in through `labels` (already translated), so the board and the PNG exporter show
 * the same badges in the user's language.
 */
import { assessKpi } from '../../../shared/analysis/kpiStatus';
import type { CategoricalAttribute } from '../../../shared/analysis/attributeGroups';
import { scoreOf } from '../../../shared/analysis/emotionCurve';
import type { Note, Rect } from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import { LEGIBLE_SCREEN_PX } from './detail';
import { drawEmotionFace } from './drawEmotionFace';
import { CURVE_STYLE } from './drawEmotionCurves';
import { REFERENCE_SIZE, type MeasureText } from './textLayout';
import { cssFont, type BoardTheme, type FontSpec } from './theme';

export interface NoteBadgeLabels {
  /** Short badge word for an attribute value ("owned", "direkt"). */
  attribute(attribute: CategoricalAttribute, value: string): string;
  /** One-letter-ish tags for the company's and the customers' rating. */
  companyRating: string;
  customerRating: string;
  /** The KPI figures, e.g. "Ist 52 % · Ziel 40 %". */
  kpiFigures(actual: string, target: string): string;
}

export interface NoteBadgeContext {
  theme: BoardTheme;
  zoom: number;
  measure: MeasureText;
  labels: NoteBadgeLabels;
}

const BADGE_FONT: FontSpec = { family: "'Inter', system-ui, sans-serif", weight: 600 };
export const BADGE = { fontSize: 14, height: 22, gap: 4, inset: 6, padX: 7 } as const;

/** The attributes shown as bottom badges, most telling first; what doesn't fit becomes "+N". */
const BADGE_ORDER: CategoricalAttribute[] = ['ownership', 'directness', 'medium', 'initiative', 'interaction'];

const EXPERIENCE_COLOUR = { positive: '#2e7d32', neutral: '#616161', negative: '#c62828' } as const;

function roundedRect(ctx: Canvas2D, r: Rect, radius: number): void {
  const k = Math.min(radius, r.height / 2, r.width / 2);
  ctx.moveTo(r.x + k, r.y);
  ctx.arcTo(r.x + r.width, r.y, r.x + r.width, r.y + r.height, k);
  ctx.arcTo(r.x + r.width, r.y + r.height, r.x, r.y + r.height, k);
  ctx.arcTo(r.x, r.y + r.height, r.x, r.y, k);
  ctx.arcTo(r.x, r.y, r.x + r.width, r.y, k);
  ctx.closePath();
}

function textWidth(text: string, size: number, bc: NoteBadgeContext): number {
  return (bc.measure(text, BADGE_FONT) * size) / REFERENCE_SIZE;
}

function pill(ctx: Canvas2D, text: string, at: { x: number; y: number }, style: { fill: string; ink: string; edge?: string }, bc: NoteBadgeContext, size: number = BADGE.fontSize): number {
  const width = textWidth(text, size, bc) + 2 * BADGE.padX;
  const height = size + 8;
  ctx.beginPath();
  roundedRect(ctx, { x: at.x, y: at.y, width, height }, height / 2);
  ctx.fillStyle = style.fill;
  ctx.fill();
  if (style.edge) {
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = style.edge;
    ctx.stroke();
  }
  ctx.fillStyle = style.ink;
  ctx.font = cssFont(BADGE_FONT, size);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, at.x + width / 2, at.y + height / 2 + 0.5);
  return width;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

function drawTouchpointBadges(ctx: Canvas2D, note: Note, rect: Rect, bc: NoteBadgeContext): void {
  const tp = note.touchpoint;
  if (!tp) return;
  const legible = BADGE.fontSize * bc.zoom >= LEGIBLE_SCREEN_PX;
  const words = !legible ? [] : BADGE_ORDER.flatMap((a) => (tp[a] !== undefined ? [bc.labels.attribute(a, String(tp[a]))] : []));
  const maxRight = rect.x + rect.width - BADGE.inset;
  let x = rect.x + BADGE.inset;
  const y = rect.y + rect.height - BADGE.inset - BADGE.height;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const rest = words.length - i - 1;
    const need = textWidth(word, BADGE.fontSize, bc) + 2 * BADGE.padX;
    const moreWidth = rest > 0 ? textWidth(`+${rest}`, BADGE.fontSize, bc) + 2 * BADGE.padX + BADGE.gap : 0;
    if (x + need + moreWidth > maxRight) {
      pill(ctx, `+${words.length - i}`, { x, y }, { fill: 'rgba(31,35,40,0.78)', ink: '#ffffff' }, bc);
      break;
    }
    x += pill(ctx, word, { x, y }, { fill: 'rgba(31,35,40,0.78)', ink: '#ffffff' }, bc) + BADGE.gap;
  }

  if (tp.experience) {
    // Top-right: a triangle up, a bar, or a triangle down, on the experience's colour.
    const r = 12;
    const cx = rect.x + rect.width - BADGE.inset - r;
    const cy = rect.y + BADGE.inset + r;
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.fillStyle = EXPERIENCE_COLOUR[tp.experience];
    ctx.fill();
    ctx.beginPath();
    if (tp.experience === 'positive') {
      ctx.moveTo(cx, cy - 6);
      ctx.lineTo(cx + 6, cy + 4);
      ctx.lineTo(cx - 6, cy + 4);
      ctx.closePath();
    } else if (tp.experience === 'negative') {
      ctx.moveTo(cx, cy + 6);
      ctx.lineTo(cx + 6, cy - 4);
      ctx.lineTo(cx - 6, cy - 4);
      ctx.closePath();
    } else ctx.rect(cx - 6, cy - 2, 12, 4);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
  }

  if (legible && (tp.companyRating !== undefined || tp.customerRating !== undefined)) {
    // Top-left: both ratings; amber when they differ (the inside-out / outside-in gap).
    const company = tp.companyRating === undefined ? '?' : signed(tp.companyRating);
    const customer = tp.customerRating === undefined ? '?' : signed(tp.customerRating);
    const differ = tp.companyRating !== undefined && tp.customerRating !== undefined && tp.companyRating !== tp.customerRating;
    // It must leave the experience mark free: shrink, then fall back to the bare numbers.
    const room = rect.width - 2 * BADGE.inset - (tp.experience ? 2 * 12 + BADGE.gap : 0);
    const long = `${bc.labels.companyRating} ${company} · ${bc.labels.customerRating} ${customer}`;
    const fits = (text: string, size: number) => textWidth(text, size, bc) + 2 * BADGE.padX <= room;
    let text = long;
    let size = 13;
    while (size > 10 && !fits(text, size)) size--;
    if (!fits(text, size)) {
      text = `${company} | ${customer}`;
      size = 13;
    }
    const style = differ ? { fill: '#ffb300', ink: '#1f2328', edge: '#8d6e00' } : { fill: 'rgba(255,255,255,0.85)', ink: '#1f2328', edge: 'rgba(31,35,40,0.4)' };
    pill(ctx, text, { x: rect.x + BADGE.inset, y: rect.y + BADGE.inset }, style, bc, size);
  }
}

function drawKpiMarks(ctx: Canvas2D, note: Note, rect: Rect, bc: NoteBadgeContext): void {
  const kpi = note.kpi;
  if (!kpi || (!kpi.actual && !kpi.target)) return;
  const verdict = assessKpi(kpi, note.text).verdict;
  const px = 1 / bc.zoom;
  if (verdict === 'missed') {
    ctx.lineWidth = Math.max(4, 3 * px);
    ctx.strokeStyle = '#c62828';
    ctx.strokeRect(rect.x, rect.y, rect.width, rect.height);
    // A corner flag with a cross: marked even where colour is not seen.
    const r = 12;
    const cx = rect.x + rect.width - BADGE.inset - r;
    const cy = rect.y + BADGE.inset + r;
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.fillStyle = '#c62828';
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(cx - 5, cy - 5);
    ctx.lineTo(cx + 5, cy + 5);
    ctx.moveTo(cx + 5, cy - 5);
    ctx.lineTo(cx - 5, cy + 5);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  if (BADGE.fontSize * bc.zoom < LEGIBLE_SCREEN_PX) return;
  const text = bc.labels.kpiFigures(kpi.actual?.trim() || '–', kpi.target?.trim() || '–');
  const style =
    verdict === 'missed'
      ? { fill: '#c62828', ink: '#ffffff' }
      : verdict === 'met'
        ? { fill: '#2e7d32', ink: '#ffffff' }
        : { fill: 'rgba(31,35,40,0.78)', ink: '#ffffff' };
  let size: number = BADGE.fontSize;
  while (size > 10 && textWidth(text, size, bc) + 2 * BADGE.padX > rect.width - 2 * BADGE.inset) size--;
  pill(ctx, text, { x: rect.x + BADGE.inset, y: rect.y + rect.height - BADGE.inset - (size + 8) }, style, bc, size);
}

function drawEmotionMarks(ctx: Canvas2D, note: Note, rect: Rect): void {
  const radius = Math.min(18, rect.height / 5);
  drawEmotionFace(ctx, { x: rect.x + BADGE.inset + radius, y: rect.y + BADGE.inset + radius }, radius, scoreOf(note));
  if (note.curve === 'target') {
    // Notes of the target curve wear its dashed colour, so the room tells the two curves apart.
    ctx.save();
    ctx.setLineDash([10, 6]);
    ctx.lineWidth = 3;
    ctx.strokeStyle = CURVE_STYLE.target.colour;
    ctx.strokeRect(rect.x + 1.5, rect.y + 1.5, rect.width - 3, rect.height - 3);
    ctx.restore();
  }
}

/**
 * Height kept free at the bottom of a touchpoint note for its attribute badges, so the badges
 * never cover the last line of text. Reserved whether or not the badges are legible at the
 * current zoom, so the text does not reflow while zooming.
 */
export function badgeStripHeight(note: Note): number {
  const tp = note.touchpoint;
  if (note.kind !== 'touchpoint' || !tp) return 0;
  return BADGE_ORDER.some((a) => tp[a] !== undefined) ? BADGE.height + BADGE.inset : 0;
}

/** Whether a note has anything for drawNoteBadges to draw (lets callers skip the rest). */
export function hasNoteBadges(note: Note): boolean {
  return (note.kind === 'touchpoint' && note.touchpoint !== undefined) || (note.kind === 'kpi' && note.kpi !== undefined) || note.kind === 'emotion';
}

/** Draws the method's marks on one note; call after the note itself, at full detail only. */
export function drawNoteBadges(ctx: Canvas2D, note: Note, rect: Rect, bc: NoteBadgeContext): void {
  // Shapes (faces, the experience mark, a missed KPI's frame) are drawn at every zoom the notes
  // are drawn in full; words only where they are large enough to read.
  if (!hasNoteBadges(note)) return;
  if (note.kind === 'touchpoint') drawTouchpointBadges(ctx, note, rect, bc);
  else if (note.kind === 'kpi') drawKpiMarks(ctx, note, rect, bc);
  else drawEmotionMarks(ctx, note, rect);
}
