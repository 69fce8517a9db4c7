/**
 * The board as the exporters draw it: the board painter with the same decorations as the
 * board's own layers (grid, persona card and emotion curves under the notes, lines, notes with
 * their badges and vote marks), at full detail, without on-screen controls ("+" tabs, the
 * selection, the attribute highlight's veil). Everything is drawn per region, so a huge board
 * can be drawn tile by tile.
 */
import { toDoc, type Journey, type JourneyDoc, type Rect } from '../../shared/model';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { measureWithCanvas, noteTextLayouts } from '../canvas/draw/measure';
import type { BoardTheme } from '../canvas/draw/theme';
import { paintBoard, type BoardLayer } from '../canvas/paint/paintBoard';
import { Scene } from '../canvas/scene/scene';
import { BOARD_DECORATIONS } from '../board/boardDecorations';
import { loadPersonaPicture } from '../method/canvas/personaPicture';
import { personaCardLayout } from '../method/canvas/methodDrawing';
import i18next from 'i18next';

/** An exported picture is the board without the paper around it (the image plan lays that) and without on-screen overlays. */
const PICTURE_LAYERS: readonly BoardLayer[] = ['grid', 'underlay', 'lines', 'notes', 'labels'];

const FONT_FACES = ["400 32px 'Caveat'", "700 34px 'Caveat'", "400 28px 'Inter'", "600 24px 'Inter'"];

export interface BoardPicture {
  doc: JourneyDoc;
  theme: BoardTheme;
  /** Things drawn beside the grid that the whole-board export must include (persona card). */
  extraBounds: Rect[];
  /** Draws what lies in `view` (board units); the context is already scaled so 1 unit = `zoom` px. */
  draw(ctx: Canvas2D, view: Rect, zoom: number): void;
}

/** Fonts and the persona picture are loaded first: an export never shows fallback text or a blank photo. */
async function loadResources(journey: Journey): Promise<void> {
  const fonts = typeof document !== 'undefined' && document.fonts ? Promise.all(FONT_FACES.map((f) => document.fonts.load(f))) : Promise.resolve();
  // The picture normally decodes in milliseconds; never let a broken one hold the export.
  const picture = journey.persona.picture
    ? Promise.race([loadPersonaPicture(journey.persona.picture), new Promise((resolve) => setTimeout(resolve, 3_000))])
    : Promise.resolve();
  await Promise.all([fonts.catch(() => undefined), picture]);
}

export async function prepareBoardPicture(journey: Journey, theme: BoardTheme): Promise<BoardPicture> {
  await loadResources(journey);
  const doc = toDoc(journey);
  const scene = new Scene();
  scene.sync(doc);
  const card = personaCardLayout({ doc, theme, measure: measureWithCanvas, t: i18next.t });
  return {
    doc,
    theme,
    extraBounds: card ? [card.rect] : [],
    draw(ctx, view, zoom) {
      paintBoard(
        ctx,
        { doc, source: scene, measure: measureWithCanvas, layouts: noteTextLayouts },
        { theme, zoom, view, layers: PICTURE_LAYERS, detail: 'full', decorations: BOARD_DECORATIONS },
      );
    },
  };
}
