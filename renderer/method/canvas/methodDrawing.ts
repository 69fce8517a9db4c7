/**
 * What the method adds to the board picture, as functions the board's layers (and the
 * exporters) call: the persona card and the emotion curves under the notes, badges on each
 * note, and the veil over notes the attribute highlight leaves out. Layouts are cached on the
 * objects they come from, so a frame that changes nothing computes nothing.
 */
import type { TFunction } from 'i18next';
import { emotionCurves, type EmotionCurve } from '../../../shared/analysis/emotionCurve';
import type { GridLayout, JourneyDoc, Note, Rect } from '../../../shared/model';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import { drawEmotionCurves } from '../../canvas/draw/drawEmotionCurves';
import { drawNoteBadges, hasNoteBadges, type NoteBadgeLabels } from '../../canvas/draw/drawNoteBadges';
import { drawPersonaCard, layoutPersonaCard, personaIsEmpty, type PersonaCardLayout } from '../../canvas/draw/drawPersonaCard';
import { measureWithCanvas } from '../../canvas/draw/measure';
import { REFERENCE_SIZE, type MeasureText } from '../../canvas/draw/textLayout';
import { boardTheme, type BoardTheme } from '../../canvas/draw/theme';
import { noteMatchesFilter, type AttributeFilter } from '../touchpoint/attributeFilter';
import { noteBadgeLabels } from '../touchpoint/attributeLabels';
import { personaCardLabels } from '../persona/personaCardLabels';
import { personaPicture } from './personaPicture';

export interface MethodDrawInput {
  doc: JourneyDoc;
  layout: GridLayout;
  zoom: number;
  theme: BoardTheme;
  measure: MeasureText;
  t: TFunction;
  curves: { current: boolean; target: boolean };
  /** Called when something drawn later (a decoded picture) needs a redraw. */
  redraw(): void;
}

let cardCache: { key: unknown[]; layout: PersonaCardLayout | null } | null = null;

/** The persona card's layout, or null when the persona is empty (cached per persona and language). */
export function personaCardLayout(input: Pick<MethodDrawInput, 'doc' | 'theme' | 'measure' | 't'>): PersonaCardLayout | null {
  const key = [input.doc.persona, input.doc.backstory, input.theme, input.t('persona:card.heading'), input.t('persona:card.age', { count: 2 })];
  if (cardCache && cardCache.key.length === key.length && cardCache.key.every((k, i) => k === key[i])) return cardCache.layout;
  const layout = layoutPersonaCard({ persona: input.doc.persona, backstory: input.doc.backstory, labels: personaCardLabels(input.t), theme: input.theme, measure: input.measure });
  cardCache = { key, layout };
  return layout;
}

/** Without a canvas to measure with (unit tests), text is estimated at half an em per character. */
const canMeasure = typeof OffscreenCanvas !== 'undefined' || typeof document !== 'undefined';
const measureAnywhere: MeasureText = (text, font) => (canMeasure ? measureWithCanvas(text, font) : text.length * REFERENCE_SIZE * 0.55);

/**
 * Where the persona card sits, for "zoom to fit", the minimap and fitting the board on open:
 * the layout last drawn when it belongs to this persona, else one laid out now.
 */
export function personaCardBounds(doc: JourneyDoc, t: TFunction): Rect | null {
  if (personaIsEmpty(doc.persona, doc.backstory)) return null;
  if (cardCache && cardCache.key[0] === doc.persona && cardCache.key[1] === doc.backstory) return cardCache.layout?.rect ?? null;
  return personaCardLayout({ doc, theme: boardTheme({ font: 'plain', palette: 'standard' }), measure: measureAnywhere, t })?.rect ?? null;
}

let curveCache: { notes: unknown; phases: unknown; lanes: unknown; curves: EmotionCurve[] } | null = null;

function curvesOf(doc: JourneyDoc, layout: GridLayout): EmotionCurve[] {
  if (curveCache && curveCache.notes === doc.notes && curveCache.phases === doc.phases && curveCache.lanes === doc.lanes) return curveCache.curves;
  const curves = emotionCurves(doc, layout);
  curveCache = { notes: doc.notes, phases: doc.phases, lanes: doc.lanes, curves };
  return curves;
}

/** Drawn before the notes: the persona card left of the grid, the emotion curves in their lane. */
export function drawMethodUnderlay(ctx: Canvas2D, input: MethodDrawInput): void {
  const card = personaCardLayout(input);
  if (card) {
    const picture = input.doc.persona.picture ? personaPicture(input.doc.persona.picture, input.redraw) : null;
    drawPersonaCard(ctx, card, { theme: input.theme, zoom: input.zoom, picture });
  }
  const curves = curvesOf(input.doc, input.layout).filter((c) => input.curves[c.curve]);
  drawEmotionCurves(ctx, curves, { zoom: input.zoom });
}

let labelCache: { t: TFunction; language: string; labels: NoteBadgeLabels } | null = null;

/** Badge words for the language `t` speaks now (rebuilt when the language changes). */
export function badgeLabels(t: TFunction): NoteBadgeLabels {
  const language = t('persona:badge.owned');
  if (!labelCache || labelCache.t !== t || labelCache.language !== language) labelCache = { t, language, labels: noteBadgeLabels(t) };
  return labelCache.labels;
}

/** Draws a note's method badges; pass as the note drawing's per-note decoration. */
export function decorateNote(ctx: Canvas2D, note: Note, rect: Rect, context: { theme: BoardTheme; zoom: number; measure: MeasureText; t: TFunction }): void {
  if (!hasNoteBadges(note)) return;
  drawNoteBadges(ctx, note, rect, { theme: context.theme, zoom: context.zoom, measure: context.measure, labels: badgeLabels(context.t) });
}

/** Whether a note is dimmed by the highlight; undefined when nothing is highlighted. */
export function dimmerFor(filter: AttributeFilter | null): ((note: Note) => boolean) | undefined {
  return filter ? (note) => !noteMatchesFilter(note, filter) : undefined;
}
