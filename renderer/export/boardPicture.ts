/**
 * The board as the exporters draw it: the same Canvas2D functions and decorations as the
 * board's own layers (grid, persona card and emotion curves under the notes, lines, notes with
 * their badges and vote marks), at full detail, without on-screen controls ("+" tabs, the
 * selection, the attribute highlight's veil). Everything is drawn per region, so a huge board
 * can be drawn tile by tile.
 */
import { toDoc, type Journey, type JourneyDoc, type Rect } from '../../shared/model';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { drawConnectors } from '../canvas/draw/drawConnector';
import { drawGrid } from '../canvas/draw/drawGrid';
import { drawNotes } from '../canvas/draw/drawNote';
import { measureWithCanvas, noteTextLayouts } from '../canvas/draw/measure';
import type { BoardTheme } from '../canvas/draw/theme';
import { Scene } from '../canvas/scene/scene';
import { BOARD_DECORATIONS, type DecorationInput } from '../canvas/stage/decorations';
import { loadPersonaPicture } from '../method/canvas/personaPicture';
import { personaCardLayout } from '../method/canvas/methodDrawing';
import i18next from 'i18next';

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
      const input: DecorationInput = { doc, layout: scene.layout, zoom, theme, measure: measureWithCanvas, redraw: () => undefined };
      drawGrid(ctx, {
        layout: scene.layout,
        phases: doc.phases,
        lanes: doc.lanes,
        title: doc.title,
        zoom,
        theme,
        measure: measureWithCanvas,
        showAddButtons: false,
      });
      for (const d of BOARD_DECORATIONS) d.underlay?.(ctx, input);
      drawConnectors(ctx, scene.visibleConnectors(view), { theme, zoom });
      const painters = BOARD_DECORATIONS.filter((d) => d.note);
      drawNotes(ctx, scene.visibleNotes(view), {
        theme,
        zoom,
        detail: 'full',
        layouts: noteTextLayouts,
        decorate: painters.length ? (c, note, rect) => painters.forEach((d) => d.note!(c, note, rect, input)) : undefined,
      });
    },
  };
}
