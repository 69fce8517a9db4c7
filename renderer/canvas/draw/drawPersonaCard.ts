/**
 * The persona card at the board's left edge (DOMAIN.md steps 1 and 2): who the journey is
 * for, in the room's view while the map is built, and in every export. It sits left of the
 * lane headers (the grid starts at board x = 0), so the grid never moves when it appears. Laid out once per
 * persona change (wrapping is measured), then drawn from the plain list of lines.
 */
import type { Persona, Rect } from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import { wrapText, type MeasureText } from './textLayout';
import { cssFont, type BoardTheme, type FontSpec } from './theme';

export interface PersonaCardLabels {
  heading: string;
  age(age: number): string;
  education: string;
  jobTitle: string;
  income: string;
  challenges: string;
  motivations: string;
  wishesAndHopes: string;
  fearsAndHurdles: string;
  backstory: string;
}

export const PERSONA_CARD = {
  width: 440,
  /** Space between the card and the lane headers. */
  gap: 48,
  padding: 24,
  picture: 128,
  nameSize: 34,
  bodySize: 19,
  headingSize: 15,
  lineHeight: 1.3,
} as const;

const BODY: FontSpec = { family: "'Inter', system-ui, sans-serif", weight: 400 };
const STRONG: FontSpec = { family: "'Inter', system-ui, sans-serif", weight: 600 };

interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  font: FontSpec;
  colour: 'ink' | 'muted';
}

export interface PersonaCardLayout {
  rect: Rect;
  lines: TextLine[];
  /** Where the picture goes, when the persona has one. */
  pictureRect: Rect | null;
  /** Small dots before list items. */
  bullets: { x: number; y: number }[];
}

export function personaIsEmpty(persona: Persona, backstory: string): boolean {
  return (
    !persona.name.trim() &&
    persona.age === null &&
    !persona.education.trim() &&
    !persona.jobTitle.trim() &&
    !persona.income.trim() &&
    persona.picture === null &&
    [persona.challenges, persona.motivations, persona.wishesAndHopes, persona.fearsAndHurdles].every((l) => l.every((i) => !i.trim())) &&
    !backstory.trim()
  );
}

/** Lays out the card, or null when there is nothing to show yet. */
export function layoutPersonaCard(input: {
  persona: Persona;
  backstory: string;
  labels: PersonaCardLabels;
  theme: BoardTheme;
  measure: MeasureText;
}): PersonaCardLayout | null {
  const { persona, labels, measure, theme } = input;
  if (personaIsEmpty(persona, input.backstory)) return null;
  const P = PERSONA_CARD;
  const left = -(P.width + P.gap);
  const inner = P.width - 2 * P.padding;
  const lines: TextLine[] = [];
  const bullets: { x: number; y: number }[] = [];
  let y = P.padding;

  const push = (text: string, options: { x: number; width: number; size: number; font: FontSpec; colour?: 'ink' | 'muted' }) => {
    const lh = options.size * P.lineHeight;
    for (const line of wrapText(text, { maxWidth: options.width, fontSize: options.size, font: options.font, measure })) {
      lines.push({ text: line, x: options.x, y: y + lh / 2, size: options.size, font: options.font, colour: options.colour ?? 'ink' });
      y += lh;
    }
  };

  push(labels.heading.toUpperCase(), { x: left + P.padding, width: inner, size: P.headingSize, font: STRONG, colour: 'muted' });
  y += 6;

  // Header block: picture on the left, name and job beside it.
  const top = y;
  const pictureRect = persona.picture ? { x: left + P.padding, y: top, width: P.picture, height: P.picture } : null;
  const textX = pictureRect ? pictureRect.x + P.picture + 16 : left + P.padding;
  const textWidth = pictureRect ? inner - P.picture - 16 : inner;
  if (persona.name.trim()) push(persona.name.trim(), { x: textX, width: textWidth, size: P.nameSize, font: theme.headerFont });
  const facts = [persona.age !== null ? labels.age(persona.age) : '', persona.jobTitle.trim()].filter(Boolean).join(' · ');
  if (facts) push(facts, { x: textX, width: textWidth, size: P.bodySize, font: BODY });
  y = Math.max(y, pictureRect ? top + P.picture : y) + 12;

  for (const [label, value] of [
    [labels.education, persona.education],
    [labels.income, persona.income],
  ] as const) {
    if (!value.trim()) continue;
    push(label, { x: left + P.padding, width: inner, size: P.headingSize, font: STRONG, colour: 'muted' });
    push(value.trim(), { x: left + P.padding, width: inner, size: P.bodySize, font: BODY });
    y += 8;
  }

  for (const [label, items] of [
    [labels.challenges, persona.challenges],
    [labels.motivations, persona.motivations],
    [labels.wishesAndHopes, persona.wishesAndHopes],
    [labels.fearsAndHurdles, persona.fearsAndHurdles],
  ] as const) {
    const filled = items.map((i) => i.trim()).filter(Boolean);
    if (filled.length === 0) continue;
    push(label, { x: left + P.padding, width: inner, size: P.headingSize, font: STRONG, colour: 'muted' });
    for (const item of filled) {
      bullets.push({ x: left + P.padding + 5, y: y + (P.bodySize * P.lineHeight) / 2 });
      push(item, { x: left + P.padding + 18, width: inner - 18, size: P.bodySize, font: BODY });
    }
    y += 8;
  }

  if (input.backstory.trim()) {
    push(labels.backstory, { x: left + P.padding, width: inner, size: P.headingSize, font: STRONG, colour: 'muted' });
    push(input.backstory.trim(), { x: left + P.padding, width: inner, size: P.bodySize, font: BODY });
  }

  const height = y + P.padding;
  return { rect: { x: left, y: 0, width: P.width, height }, lines, pictureRect, bullets };
}

export function drawPersonaCard(ctx: Canvas2D, layout: PersonaCardLayout, options: { theme: BoardTheme; zoom: number; picture: CanvasImageSource | null }): void {
  const { rect } = layout;
  const { theme } = options;
  const px = 1 / options.zoom;
  ctx.fillStyle = 'rgba(40, 34, 20, 0.14)';
  ctx.fillRect(rect.x + 3, rect.y + 4, rect.width, rect.height);
  ctx.fillStyle = theme.sheet;
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
  ctx.lineWidth = Math.max(3, 1.5 * px);
  ctx.strokeStyle = theme.gridLine;
  ctx.strokeRect(rect.x, rect.y, rect.width, rect.height);

  if (layout.pictureRect) {
    const r = layout.pictureRect;
    if (options.picture) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(r.x, r.y, r.width, r.height);
      ctx.clip();
      const source = options.picture as { width: number; height: number };
      // Cover the square: scale the shorter side to fit and centre the rest.
      const scale = Math.max(r.width / source.width, r.height / source.height);
      const w = source.width * scale;
      const h = source.height * scale;
      ctx.drawImage(options.picture, r.x + (r.width - w) / 2, r.y + (r.height - h) / 2, w, h);
      ctx.restore();
    } else {
      ctx.fillStyle = theme.headerFill;
      ctx.fillRect(r.x, r.y, r.width, r.height);
    }
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.gridLine;
    ctx.strokeRect(r.x, r.y, r.width, r.height);
  }

  ctx.fillStyle = theme.ink;
  ctx.beginPath();
  for (const b of layout.bullets) {
    ctx.moveTo(b.x + 4, b.y);
    ctx.arc(b.x, b.y, 4, 0, Math.PI * 2);
  }
  ctx.fill();

  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  let font = '';
  for (const line of layout.lines) {
    const css = cssFont(line.font, line.size);
    if (css !== font) ctx.font = font = css;
    ctx.fillStyle = line.colour === 'muted' ? theme.mutedInk : theme.ink;
    ctx.fillText(line.text, line.x, line.y);
  }
}
