/**
 * The text sizes the projector shows: for each note in the projector's view, the font size its
 * text layout gets in the projector's theme (covered and empty notes have no text to read).
 * Layouts come from the board's shared cache, so asking again is cheap.
 */
import { notePosition, rectsIntersect, type GridLayout, type Id, type JourneyDoc } from '../../shared/model';
import { visibleBoardRect, type Camera, type Viewport } from '../../shared/camera/camera';
import { noteLayout } from '../canvas/draw/drawNote';
import { noteTextLayouts } from '../canvas/draw/measure';
import type { BoardFontName } from '../canvas/draw/theme';
import type { PaletteName } from '../../shared/model';
import { projectorTheme } from './draw/projectorTheme';

export interface ProbeInput {
  doc: JourneyDoc;
  layout: GridLayout;
  camera: Camera;
  viewport: Viewport;
  look: { font: BoardFontName; palette: PaletteName };
  /** While a phase is presented, only its notes are meant to be read. */
  onlyPhaseId?: Id | null;
}

export function projectedFontSizes(input: ProbeInput, fontScale: number): number[] {
  const view = visibleBoardRect(input.camera, input.viewport);
  const theme = projectorTheme({ ...input.look, fontScale });
  const sizes: number[] = [];
  for (const id in input.doc.notes) {
    const note = input.doc.notes[id]!;
    if (note.covered || !note.text.trim()) continue;
    if (input.onlyPhaseId && note.phaseId !== input.onlyPhaseId) continue;
    const p = notePosition(note, input.layout);
    if (!p || !rectsIntersect({ x: p.x, y: p.y, width: note.width, height: note.height }, view)) continue;
    sizes.push(noteLayout(note, { theme, layouts: noteTextLayouts }).fontSize);
  }
  return sizes;
}
