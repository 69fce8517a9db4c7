/**
 * What other parts of the app add to the board picture, handed to the painter as options: a
 * decoration may draw under the notes (the persona card, emotion curves), on each note at full
 * detail (badges), veil notes a highlight leaves out, and say when it must be redrawn. The
 * canvas only knows this shape; the lists of decorations are built by the features that own
 * them (renderer/board/boardDecorations.ts) and passed in, so renderer/canvas imports no
 * feature folder and the painter holds no translation or store singletons.
 */
import type { GridLayout, JourneyDoc, Note, Rect } from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import type { MeasureText } from '../draw/textLayout';
import type { BoardTheme } from '../draw/theme';

export interface DecorationInput {
  doc: JourneyDoc;
  layout: GridLayout;
  zoom: number;
  theme: BoardTheme;
  measure: MeasureText;
  /** Asks for the picture to be drawn again (a persona picture finished decoding). */
  redraw(): void;
}

export interface BoardDecoration {
  underlay?(ctx: Canvas2D, input: DecorationInput): void;
  note?(ctx: Canvas2D, note: Note, rect: Rect, input: DecorationInput): void;
  dimmed?(): ((note: Note) => boolean) | undefined;
  /** Calls `redraw` whenever the state the decoration draws from changes; returns an unsubscribe. */
  watch?(redraw: () => void): () => void;
  /** What it draws outside the grid and the notes (the persona card), for "zoom to fit". */
  bounds?(doc: JourneyDoc): Rect | null;
}

/** The rects decorations draw beside the grid, to be shown by "zoom to fit". */
export function decorationBounds(decorations: readonly BoardDecoration[], doc: JourneyDoc): Rect[] {
  return decorations.flatMap((d) => d.bounds?.(doc) ?? []);
}
