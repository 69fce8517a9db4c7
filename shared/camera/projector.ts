/**
 * Where the projector looks, from the room state alone: following the facilitator's view, or
 * framing a phase (or the whole journey) by itself. The projector window sets its camera with
 * this, and the facilitator's window uses the same function to judge legibility on the
 * projector and to draw its preview, so all three agree.
 */
import type { JourneyDoc } from '../model/document';
import type { GridLayout, Rect } from '../model/grid';
import { fitRect, followCamera, type Camera, type Viewport } from './camera';
import type { RoomState } from '../room/messages';
import { stepCamera } from '../room/presentation';

/** Breathing room around a framed phase on the projector, in screen pixels. */
export const PROJECTOR_MARGIN = 24;
/**
 * While a phase is presented with its guiding questions, the questions take this share of the
 * projector's width on the right. A phase column is tall and narrow, so the space beside it is
 * free anyway and the phase keeps its size.
 */
export const QUESTIONS_PANEL_SHARE = 0.3;

type FrameState = Pick<RoomState, 'view' | 'presentation'>;

export function showsQuestions(state: FrameState): boolean {
  return state.presentation.active && state.presentation.phaseId !== null && state.presentation.questions !== 'none';
}

/** The part of the projector window the board is drawn into, in CSS pixels. */
export function boardArea(state: FrameState, viewport: Viewport): Rect {
  if (!showsQuestions(state)) return { x: 0, y: 0, width: viewport.width, height: viewport.height };
  return { x: 0, y: 0, width: Math.round(viewport.width * (1 - QUESTIONS_PANEL_SHARE)), height: viewport.height };
}

/** `doc` lets a framed phase leave out its empty lanes at the bottom (see stepRect). */
export function projectorCamera(state: FrameState, layout: GridLayout, viewport: Viewport, doc?: Pick<JourneyDoc, 'notes'>): Camera {
  const area = boardArea(state, viewport);
  const size = { width: area.width, height: area.height };
  const view = state.view;
  const camera =
    view.mode === 'follow'
      ? followCamera(view.camera, view.viewport, size)
      : view.mode === 'frame'
        ? fitRect(view.rect, size, { margin: PROJECTOR_MARGIN })
        : stepCamera({ phaseId: view.phaseId }, layout, size, { margin: PROJECTOR_MARGIN, doc });
  return { ...camera, x: camera.x + area.x, y: camera.y + area.y };
}

