/**
 * What other parts of the app add to the board picture, in ONE list: a decoration may draw
 * under the notes (the persona card, emotion curves), on each note at full detail (badges),
 * veil notes a highlight leaves out, and say when it must be redrawn. Adding one is one entry
 * in BOARD_DECORATIONS.
 */
import i18next from 'i18next';
import type { GridLayout, JourneyDoc, Note, Rect } from '../../../shared/model';
import { decorateNote, dimmerFor, drawMethodUnderlay, personaCardBounds } from '../../method/canvas/methodDrawing';
import { methodView } from '../../method/methodView';
import { roomDecoration } from '../../room/draw/roomDecoration';
import type { Canvas2D } from '../draw/canvas2d';
import type { MeasureText } from '../draw/textLayout';
import type { BoardTheme } from '../draw/theme';

export interface DecorationInput {
  doc: JourneyDoc;
  layout: GridLayout;
  zoom: number;
  theme: BoardTheme;
  measure: MeasureText;
  /** Asks for the notes layer to be drawn again (a picture finished decoding). */
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

/** The method's marks: persona card, emotion curves, touchpoint badges, attribute highlight. */
const methodDecoration: BoardDecoration = {
  underlay: (ctx, input) => drawMethodUnderlay(ctx, { ...input, t: i18next.t, curves: methodView.getState().curves }),
  note: (ctx, note, rect, input) => decorateNote(ctx, note, rect, { theme: input.theme, zoom: input.zoom, measure: input.measure, t: i18next.t }),
  dimmed: () => dimmerFor(methodView.getState().filter),
  bounds: (doc) => personaCardBounds(doc, i18next.t),
  watch: (redraw) => {
    const off = methodView.subscribe((s, p) => (s.filter !== p.filter || s.curves !== p.curves) && redraw());
    i18next.on('languageChanged', redraw);
    return () => {
      off();
      i18next.off('languageChanged', redraw);
    };
  },
};

export const BOARD_DECORATIONS: readonly BoardDecoration[] = [methodDecoration, roomDecoration];

/** The rects decorations draw beside the grid, to be shown by "zoom to fit". */
export function decorationBounds(doc: JourneyDoc): Rect[] {
  return BOARD_DECORATIONS.flatMap((d) => d.bounds?.(doc) ?? []);
}
