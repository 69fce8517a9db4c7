/**
 * Where the projector looks, from the room state alone: following the facilitator's view, or
 * framing a phase (or the whole journey) by itself. The projector window sets its camera with
 * this, and the facilitator's window uses the same function to judge legibility on the
 * projector without asking it.
 */
import type { GridLayout } from '../model/grid';
import { followCamera, type RoomCamera, type Viewport } from './camera';
import type { ProjectorView } from './messages';
import { stepCamera } from './presentation';

/** Breathing room around a framed phase on the projector, in screen pixels. */
export const PROJECTOR_MARGIN = 24;

export function projectorCamera(view: ProjectorView, layout: GridLayout, projectorViewport: Viewport): RoomCamera {
  if (view.mode === 'follow') return followCamera(view.camera, view.viewport, projectorViewport);
  return stepCamera({ phaseId: view.phaseId }, layout, projectorViewport, { margin: PROJECTOR_MARGIN });
}
