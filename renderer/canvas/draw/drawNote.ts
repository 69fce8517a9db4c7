/**
 * Sticky notes in plain Canvas2D. The board's Konva shape, the minimap and the PNG exporter all
 * call these, so a note looks the same everywhere. No shadows API, no per-note objects: a
 * zoomed-out board of 10,000 notes is a handful of batched fills.
 */
import type { Id, Note, NoteColour, Rect } from '../../../shared/model';
import type { Canvas2D } from './canvas2d';
import { LEGIBLE_SCREEN_PX, type NoteDetail } from './detail';
import { badgeStripHeight } from './drawNoteBadges';
import { NOTE_TEXT, type LayoutRequest, type TextLayout } from './textLayout';
import { cssFont, type BoardTheme } from './theme';

export interface NoteItem {
  note: Note;
  rect: Rect;
}

export interface NoteDrawContext {
  theme: BoardTheme;
  zoom: number;
  detail: NoteDetail;
  layouts: { get(request: LayoutRequest): TextLayout };
  /** The note the text editor is open on: its text is shown by the editor instead. */
  hiddenTextId?: Id | null;
  /** Extra marks on a note at full detail (the method's badges). */
  decorate?(ctx: Canvas2D, note: Note, rect: Rect): void;
  /** Notes a highlight leaves out are veiled. */
  dimmed?(note: Note): boolean;
}

export function noteLayout(note: Note, dc: Pick<NoteDrawContext, 'theme' | 'layouts'>): TextLayout {
  const strip = badgeStripHeight(note);
  const layout = dc.layouts.get({
    text: note.text,
    width: note.width,
    height: Math.max(1, note.height - strip),
    font: dc.theme.noteFont,
    maxFontSize: dc.theme.noteMaxFontSize,
    minFontSize: dc.theme.noteMinFontSize,
  });
  // Cached layouts are shared: hand out a copy when the note needs room for its badges too.
  return strip === 0 ? layout : { ...layout, neededHeight: layout.neededHeight + strip };
}

function drawText(ctx: Canvas2D, layout: TextLayout, rect: Rect, dc: NoteDrawContext): void {
  const { padding } = NOTE_TEXT;
  const capacity = Math.max(1, Math.floor((rect.height - 2 * padding) / layout.lineHeight));
  const lines = layout.fits ? layout.lines : layout.lines.slice(0, capacity);
  const blockHeight = lines.length * layout.lineHeight;
  let y = rect.y + Math.max(padding, (rect.height - blockHeight) / 2) + layout.lineHeight / 2;
  const cx = rect.x + rect.width / 2;
  if (layout.fontSize * dc.zoom < LEGIBLE_SCREEN_PX) {
    ctx.fillStyle = dc.theme.textLines;
    const barHeight = layout.fontSize * 0.5;
    for (const line of lines) {
      const width = Math.min(rect.width - 2 * padding, line.length * layout.fontSize * 0.5);
      ctx.fillRect(cx - width / 2, y - barHeight / 2, width, barHeight);
      y += layout.lineHeight;
    }
    return;
  }
  ctx.fillStyle = dc.theme.ink;
  ctx.font = cssFont(dc.theme.noteFont, layout.fontSize);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const line of lines) {
    ctx.fillText(line, cx, y);
    y += layout.lineHeight;
  }
}

/** One note at full detail: paper, a soft drop edge, the glue strip, the text. */
export function drawNote(ctx: Canvas2D, note: Note, rect: Rect, dc: NoteDrawContext): void {
  const ink = dc.theme.inks[note.colour];
  const { x, y, width, height } = rect;
  const px = 1 / dc.zoom;
  // A cheap shadow: an offset translucent rect instead of the (slow) canvas shadow blur.
  ctx.fillStyle = 'rgba(40, 34, 20, 0.14)';
  ctx.fillRect(x + 1.5 * px + 1, y + 2.5 * px + 2, width, height);
  ctx.fillStyle = ink.fill;
  ctx.fillRect(x, y, width, height);
  ctx.globalAlpha = 0.16;
  ctx.fillStyle = ink.edge;
  ctx.fillRect(x, y, width, Math.min(10, height / 8));
  ctx.globalAlpha = 0.55;
  ctx.strokeStyle = ink.edge;
  ctx.lineWidth = px;
  ctx.strokeRect(x + px / 2, y + px / 2, width - px, height - px);
  ctx.globalAlpha = 1;
  if (note.text && note.id !== dc.hiddenTextId) {
    const textRect = { ...rect, height: Math.max(1, height - badgeStripHeight(note)) };
    drawText(ctx, noteLayout(note, dc), textRect, dc);
  }
}

/** Grey bars roughly where the text is, without measuring anything. */
function estimatedTextBars(ctx: Canvas2D, item: NoteItem, theme: BoardTheme): void {
  const { note, rect } = item;
  const text = note.text.trim();
  if (!text) return;
  const { padding, minFontSize, lineHeight } = NOTE_TEXT;
  const innerWidth = rect.width - 2 * padding;
  const innerHeight = rect.height - 2 * padding;
  const charsPerLine = Math.max(4, innerWidth / (theme.noteMaxFontSize * 0.5));
  const maxLines = Math.max(1, Math.floor(innerHeight / (minFontSize * lineHeight)));
  const lineCount = Math.min(maxLines, Math.ceil(text.length / charsPerLine));
  const pitch = Math.min(theme.noteMaxFontSize * lineHeight, innerHeight / lineCount);
  const barHeight = pitch * 0.45;
  let y = rect.y + (rect.height - lineCount * pitch) / 2 + (pitch - barHeight) / 2;
  const lastFraction = (text.length % charsPerLine) / charsPerLine || 1;
  for (let i = 0; i < lineCount; i++) {
    const width = innerWidth * (i === lineCount - 1 ? Math.max(0.25, lastFraction) : 0.92);
    ctx.rect(rect.x + (rect.width - width) / 2, y, width, barHeight);
    y += pitch;
  }
}

/**
 * Many notes. At full detail each note is drawn in order, so overlaps stack correctly. Zoomed
 * out, notes are batched into one path per colour (eight fills for the whole board) and their
 * text into one grey path.
 */
export function drawNotes(ctx: Canvas2D, items: readonly NoteItem[], dc: NoteDrawContext): void {
  if (dc.detail === 'full') {
    for (const item of items) {
      drawNote(ctx, item.note, item.rect, dc);
      dc.decorate?.(ctx, item.note, item.rect);
    }
  } else drawBatched(ctx, items, dc);
  if (dc.dimmed) veil(ctx, items, dc);
}

/** A translucent sheet over the notes a highlight leaves out, in one fill. */
export function veil(ctx: Canvas2D, items: readonly NoteItem[], dc: NoteDrawContext): void {
  ctx.beginPath();
  let any = false;
  for (const { note, rect } of items) {
    if (!dc.dimmed!(note)) continue;
    ctx.rect(rect.x - 1, rect.y - 1, rect.width + 2, rect.height + 2);
    any = true;
  }
  if (!any) return;
  ctx.globalAlpha = 0.72;
  ctx.fillStyle = dc.theme.sheet;
  ctx.fill();
  ctx.globalAlpha = 1;
}

function drawBatched(ctx: Canvas2D, items: readonly NoteItem[], dc: NoteDrawContext): void {
  const byColour = new Map<NoteColour, NoteItem[]>();
  for (const item of items) {
    let list = byColour.get(item.note.colour);
    if (!list) byColour.set(item.note.colour, (list = []));
    list.push(item);
  }
  for (const [colour, list] of byColour) {
    ctx.beginPath();
    for (const { rect } of list) ctx.rect(rect.x, rect.y, rect.width, rect.height);
    ctx.fillStyle = dc.theme.inks[colour].fill;
    ctx.fill();
  }
  if (dc.detail === 'lines') {
    ctx.beginPath();
    for (const item of items) estimatedTextBars(ctx, item, dc.theme);
    ctx.fillStyle = dc.theme.textLines;
    ctx.fill();
  }
}
