/**
 * The analysis as a printed page (the last page of the PDF export): the same figures as the
 * analysis panel, laid out in two columns on a landscape page, in PDF points. Drawn with
 * Canvas2D like the board pages, so fonts and umlauts look the same. Lists longer than the
 * page allows end in "+N more" rather than running off the paper.
 */
import type { TFunction } from 'i18next';
import { analyseJourney, RULE_OF_SEVEN, type AnalysisInput } from '../../../shared/analysis';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import { cssFont } from '../../canvas/draw/theme';
import { signedScore, valueNames } from '../touchpoint/attributeLabels';

export interface AnalysisPageInput {
  doc: AnalysisInput;
  t: TFunction;
  language: string;
  /** The area to fill, in points. */
  area: { x: number; y: number; width: number; height: number };
}

const INK = '#1f2328';
const MUTED = '#5c6370';
const BAR = '#1565c0';
const TRACK = '#eceae2';
const EXPERIENCE = { positive: '#2e7d32', neutral: '#757575', negative: '#c62828' } as const;
const FONT = "'Inter', system-ui, sans-serif";

/** One column of the page: a cursor moving down, refusing what no longer fits. */
class Column {
  y: number;
  constructor(
    private readonly ctx: Canvas2D,
    readonly x: number,
    top: number,
    readonly width: number,
    readonly bottom: number,
  ) {
    this.y = top;
  }

  room(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  private fit(text: string, width: number): string {
    if (this.ctx.measureText(text).width <= width) return text;
    let cut = text.length;
    while (cut > 1 && this.ctx.measureText(`${text.slice(0, cut)}…`).width > width) cut--;
    return `${text.slice(0, cut)}…`;
  }

  text(text: string, options: { size: number; weight?: number; colour?: string; x?: number; width?: number; align?: 'left' | 'right' }): void {
    const { ctx } = this;
    ctx.font = cssFont({ family: FONT, weight: options.weight ?? 400 }, options.size);
    ctx.fillStyle = options.colour ?? INK;
    ctx.textAlign = options.align ?? 'left';
    ctx.textBaseline = 'middle';
    const x = options.x ?? this.x;
    const width = options.width ?? this.width - (x - this.x);
    ctx.fillText(this.fit(text, width), options.align === 'right' ? x + width : x, this.y + options.size * 0.65);
  }

  heading(text: string): boolean {
    if (!this.room(34)) return false;
    this.y += 10;
    this.text(text, { size: 12, weight: 600 });
    this.y += 20;
    return true;
  }

  line(text: string, options: { colour?: string; weight?: number } = {}): boolean {
    if (!this.room(14)) return false;
    this.text(text, { size: 9, ...options });
    this.y += 14;
    return true;
  }

  /** A label, a bar as long as value/max, and the figure. */
  bar(label: string, value: number, max: number, figure = String(value)): boolean {
    if (!this.room(14)) return false;
    const labelWidth = this.width * 0.45;
    const figureWidth = 46;
    const barX = this.x + labelWidth + 6;
    const barWidth = this.width - labelWidth - figureWidth - 12;
    this.text(label, { size: 9, width: labelWidth });
    this.ctx.fillStyle = TRACK;
    this.ctx.fillRect(barX, this.y + 2, barWidth, 7);
    this.ctx.fillStyle = BAR;
    this.ctx.fillRect(barX, this.y + 2, max > 0 ? (barWidth * value) / max : 0, 7);
    this.text(figure, { size: 9, weight: 600, x: this.x + this.width - figureWidth, width: figureWidth, align: 'right' });
    this.y += 14;
    return true;
  }

  /** Positive / neutral / negative shares as one stacked bar with their percentages. */
  stack(label: string, shares: Record<'positive' | 'neutral' | 'negative', number> | null, empty: string, percent: (n: number) => string): boolean {
    if (!this.room(16)) return false;
    const labelWidth = this.width * 0.3;
    this.text(label, { size: 9, width: labelWidth });
    const x0 = this.x + labelWidth + 6;
    const width = this.width - labelWidth - 6;
    if (!shares) {
      this.text(empty, { size: 8, colour: MUTED, x: x0, width });
    } else {
      let x = x0;
      for (const kind of ['positive', 'neutral', 'negative'] as const) {
        const w = width * shares[kind];
        if (w <= 0) continue;
        this.ctx.fillStyle = EXPERIENCE[kind];
        this.ctx.fillRect(x, this.y, w, 12);
        if (w > 24) this.text(percent(shares[kind]), { size: 7.5, weight: 600, colour: '#ffffff', x: x + 3, width: w - 4 });
        x += w;
      }
    }
    this.y += 16;
    return true;
  }

  gap(points = 4): void {
    this.y += points;
  }
}

/** Writes as many items as fit, then "+N more" for the rest. */
function list<T>(col: Column, items: readonly T[], write: (item: T) => boolean, more: (count: number) => string): void {
  for (let i = 0; i < items.length; i++) {
    const last = i === items.length - 1;
    // Keep a line for "+N more" unless this is the last item.
    if (!last && !col.room(28)) {
      col.line(more(items.length - i), { colour: MUTED });
      return;
    }
    if (!write(items[i]!)) return;
  }
}

export function drawAnalysisPage(ctx: Canvas2D, input: AnalysisPageInput): void {
  const { t, area } = input;
  const a = analyseJourney(input.doc);
  const percent = new Intl.NumberFormat(input.language, { style: 'percent', maximumFractionDigits: 0 }).format;
  const names = valueNames(t);
  const more = (count: number) => t('persona:analysisPage.more', { count });
  const untitled = (title: string) => title || t('persona:analysis.untitledPhase');

  ctx.save();
  ctx.font = cssFont({ family: FONT, weight: 600 }, 18);
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(t('persona:panel.analysis'), area.x, area.y);

  const gutter = 28;
  const top = area.y + 30;
  const bottom = area.y + area.height;
  const colWidth = (area.width - gutter) / 2;
  const left = new Column(ctx, area.x, top, colWidth, bottom);
  const right = new Column(ctx, area.x + colWidth + gutter, top, colWidth, bottom);

  // Left: touchpoints and the experience mix.
  const tp = a.touchpoints;
  left.heading(t('persona:analysis.touchpoints.heading'));
  left.line(`${tp.total.noteIds.length} ${t('persona:analysis.touchpoints.total', { count: tp.total.noteIds.length })}`, { weight: 600 });
  const max = Math.max(1, ...tp.perPhase.map((g) => g.noteIds.length));
  list(left, tp.perPhase, (g) => left.bar(untitled(g.title), g.noteIds.length, max), more);
  left.gap();
  left.line(t('persona:analysis.touchpoints.beforePurchase', { count: tp.beforePurchase.noteIds.length }), { weight: 600 });
  left.line(
    tp.beforePurchase.missing > 0
      ? t('persona:analysis.touchpoints.ruleOfSevenMissing', { count: tp.beforePurchase.missing, rule: RULE_OF_SEVEN })
      : t('persona:analysis.touchpoints.ruleOfSevenReached', { rule: RULE_OF_SEVEN }),
    { colour: tp.beforePurchase.missing > 0 ? '#b26a00' : '#2e7d32' },
  );
  if (left.heading(t('persona:analysis.experience.heading'))) {
    list(left, a.experience.perPhase, (p) => left.stack(untitled(p.title), p.shares, t('persona:analysis.experience.unrated'), percent), more);
    left.line(`${names.experience.positive} · ${names.experience.neutral} · ${names.experience.negative}`, { colour: MUTED });
  }

  // Right: hotspots, the rating gap, classification, KPIs.
  if (right.heading(t('persona:analysis.pain.heading'))) {
    if (a.painPoints.total.length === 0) right.line(t('persona:analysis.pain.none'), { colour: MUTED });
    const hot = Math.max(1, ...a.painPoints.phases.map((g) => g.noteIds.length));
    list(right, a.painPoints.phases.slice(0, 5), (g) => right.bar(untitled(g.title), g.noteIds.length, hot), more);
  }
  if (right.heading(t('persona:analysis.ratings.heading'))) {
    const r = a.ratings;
    if (r.rated.length === 0) right.line(t('persona:analysis.ratings.none'), { colour: MUTED });
    else {
      right.line(t('persona:analysis.ratings.agree', { agree: r.agreeing.length, count: r.rated.length }), { weight: 600 });
      right.line(t('persona:analysis.ratings.benchmark'), { colour: MUTED });
      list(
        right,
        r.gaps,
        (g) =>
          right.line(
            `${g.text.replace(/\s+/g, ' ') || t('persona:analysis.emptyNote')} — ${t('persona:analysis.ratings.pair', { company: signedScore(g.companyRating), customer: signedScore(g.customerRating) })}`,
          ),
        more,
      );
    }
  }
  for (const attribute of ['ownership', 'directness'] as const) {
    if (!right.heading(attribute === 'ownership' ? t('persona:analysis.byOwnership') : t('persona:analysis.byDirectness'))) break;
    const groups = a[attribute];
    const top = Math.max(1, ...groups.groups.map((g) => g.noteIds.length), groups.unset.length);
    for (const g of groups.groups) right.bar(names[attribute][g.value] ?? g.value, g.noteIds.length, top);
    right.bar(t('persona:analysis.unclassified'), groups.unset.length, top);
  }
  if (right.heading(t('persona:analysis.kpis.heading'))) {
    const k = a.kpis;
    if (k.missed.length + k.met.length + k.unknown.length === 0) right.line(t('persona:analysis.kpis.none'), { colour: MUTED });
    else {
      right.line(t('persona:analysis.kpis.missed', { count: k.missed.length }), { weight: 600, colour: k.missed.length ? '#c62828' : INK });
      list(right, k.missed, (m) => right.line(`• ${m.text.replace(/\s+/g, ' ') || t('persona:analysis.emptyNote')}`), more);
      right.line(t('persona:analysis.kpis.met', { count: k.met.length }));
    }
  }
  ctx.restore();
}
