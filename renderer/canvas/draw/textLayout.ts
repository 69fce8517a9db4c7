/**
 * Note text layout: wrap the words, shrink the font until the text fits the note, and report
 * how tall the note must grow when even the smallest legible size does not fit.
 *
 * Words are measured once at a reference size and scaled, since text width grows linearly
 * with font size; trying twenty sizes is then arithmetic, not twenty rounds of measureText.
 * Layouts are cached per text, size and font and never computed per frame.
 */
import type { FontSpec } from './theme';

export const NOTE_TEXT = {
  padding: 12,
  /** Below this the room can no longer read the note: it grows instead of shrinking further. */
  minFontSize: 14,
  lineHeight: 1.2,
} as const;

/** Widths are asked for at this size and scaled. */
export const REFERENCE_SIZE = 100;

/** Width of `text` set in `font` at REFERENCE_SIZE pixels. */
export type MeasureText = (text: string, font: FontSpec) => number;

export interface TextLayout {
  fontSize: number;
  /** Distance between baselines, in pixels at 100%. */
  lineHeight: number;
  lines: string[];
  fits: boolean;
  /** The note height that holds every line at `fontSize`. */
  neededHeight: number;
}

export interface LayoutRequest {
  text: string;
  width: number;
  height: number;
  font: FontSpec;
  maxFontSize: number;
  /** The smallest legible size in this font; NOTE_TEXT.minFontSize when absent. */
  minFontSize?: number;
}

function splitLongWord(word: string, maxWidth: number, charWidth: (c: string) => number): string[] {
  const parts: string[] = [];
  let part = '';
  let width = 0;
  for (const c of word) {
    const w = charWidth(c);
    if (part && width + w > maxWidth) {
      parts.push(part);
      part = '';
      width = 0;
    }
    part += c;
    width += w;
  }
  if (part) parts.push(part);
  return parts;
}

/** A text split into paragraphs of words, each word measured once at REFERENCE_SIZE. */
interface MeasuredText {
  paragraphs: { words: string[]; widths: number[] }[];
  space: number;
}

function measureWords(text: string, font: FontSpec, measure: MeasureText): MeasuredText {
  return {
    paragraphs: text.split('\n').map((paragraph) => {
      const words = paragraph.split(/[ \t]+/).filter((word) => word !== '');
      return { words, widths: words.map((word) => measure(word, font)) };
    }),
    space: measure(' ', font),
  };
}

/** Greedy word wrap at one font size; words wider than a line break between characters. */
export function wrapText(
  text: string,
  options: { maxWidth: number; fontSize: number; font: FontSpec; measure: MeasureText },
): string[] {
  return wrapWords(measureWords(text, options.font, options.measure), options).lines;
}

/**
 * Wraps already measured words at one size: arithmetic on the reference widths, so trying
 * every size from the largest down costs one measurement per word, not one per word and size.
 */
function wrapWords(
  text: MeasuredText,
  options: { maxWidth: number; fontSize: number; font: FontSpec; measure: MeasureText },
): { lines: string[]; brokeWord: boolean } {
  let brokeWord = false;
  const scale = options.fontSize / REFERENCE_SIZE;
  const width = (s: string) => options.measure(s, options.font) * scale;
  const space = text.space * scale;
  const lines: string[] = [];
  for (const { words, widths } of text.paragraphs) {
    let line = '';
    let lineWidth = 0;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      let w = widths[k]! * scale;
      let pieces = [word];
      if (w > options.maxWidth) {
        brokeWord = true;
        pieces = splitLongWord(word, options.maxWidth, width);
        w = width(pieces[0]!);
      }
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!;
        const pw = i === 0 ? w : width(piece);
        if (line && lineWidth + space + pw <= options.maxWidth) {
          line += ` ${piece}`;
          lineWidth += space + pw;
        } else {
          if (line) lines.push(line);
          line = piece;
          lineWidth = pw;
        }
      }
    }
    lines.push(line);
  }
  return { lines, brokeWord };
}

export function layoutNoteText(request: LayoutRequest, measure: MeasureText): TextLayout {
  const { padding, lineHeight } = NOTE_TEXT;
  const minFontSize = request.minFontSize ?? NOTE_TEXT.minFontSize;
  const maxWidth = Math.max(1, request.width - 2 * padding);
  const maxHeight = Math.max(1, request.height - 2 * padding);
  const max = Math.max(minFontSize, request.maxFontSize);
  const trimmed = request.text.replace(/\s+$/, '');
  if (trimmed === '') {
    return { fontSize: max, lineHeight: max * lineHeight, lines: [], fits: true, neededHeight: 0 };
  }
  const words = measureWords(trimmed, request.font, measure);
  let lines: string[] = [];
  for (let size = max; size >= minFontSize; size--) {
    const wrapped = wrapWords(words, { maxWidth, fontSize: size, font: request.font, measure });
    lines = wrapped.lines;
    const lh = size * lineHeight;
    // A long word ("Speditionslieferung") is only split when even the smallest size needs it.
    if (wrapped.brokeWord && size > minFontSize) continue;
    if (lines.length * lh <= maxHeight) {
      return { fontSize: size, lineHeight: lh, lines, fits: true, neededHeight: Math.ceil(lines.length * lh + 2 * padding) };
    }
  }
  const lh = minFontSize * lineHeight;
  return {
    fontSize: minFontSize,
    lineHeight: lh,
    lines,
    fits: false,
    neededHeight: Math.ceil(lines.length * lh + 2 * padding),
  };
}

/** A bounded cache of layouts; cleared whole when full or when a web font finishes loading. */
export class TextLayoutCache {
  private readonly layouts = new Map<string, TextLayout>();
  constructor(
    private readonly measure: MeasureText,
    private readonly capacity = 20_000,
  ) {}

  get(request: LayoutRequest): TextLayout {
    const key = `${request.font.family}|${request.font.weight}|${request.maxFontSize}|${request.minFontSize}|${request.width}|${request.height}|${request.text}`;
    let layout = this.layouts.get(key);
    if (!layout) {
      if (this.layouts.size >= this.capacity) this.layouts.clear();
      layout = layoutNoteText(request, this.measure);
      this.layouts.set(key, layout);
    }
    return layout;
  }

  clear(): void {
    this.layouts.clear();
  }

  get size(): number {
    return this.layouts.size;
  }
}
