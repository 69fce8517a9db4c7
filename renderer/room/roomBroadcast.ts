/**
 * Builds the state the projector needs from the facilitator's stores. Pure given its inputs,
 * so the facilitator can compare against the last one sent and only post real changes.
 */
import type { ProjectorView, RoomState as RoomMessageState } from '../../shared/room/messages';
import type { Viewport } from '../../shared/room/camera';
import type { Camera } from '../store/viewSlice';
import type { RoomState } from './roomStore';

/**
 * What the projector frames. While presenting it frames the current step by itself (so the
 * facilitator can look closer on the laptop without moving the room's picture); otherwise it
 * follows the facilitator or stays where the facilitator put it. Before the facilitator's
 * board has a size, the whole journey is shown.
 */
export function projectorViewOf(options: {
  projectorView: RoomState['projectorView'];
  presentation: RoomState['presentation'];
  camera: Camera;
  viewport: Viewport | null;
}): ProjectorView {
  const { projectorView, presentation, camera, viewport } = options;
  if (presentation.active) return { mode: 'phase', phaseId: presentation.phaseId };
  if (projectorView.mode === 'phase') return { mode: 'phase', phaseId: projectorView.phaseId };
  if (viewport) return { mode: 'follow', camera: { x: camera.x, y: camera.y, zoom: camera.zoom }, viewport: { ...viewport } };
  return { mode: 'phase', phaseId: null };
}

export function roomBroadcast(options: {
  room: RoomState;
  journeyId: string | null;
  camera: Camera;
  viewport: Viewport | null;
  language: 'en' | 'de';
  look: RoomMessageState['look'];
}): RoomMessageState {
  const { room, journeyId, camera, viewport, language, look } = options;
  const view = projectorViewOf({ projectorView: room.projectorView, presentation: room.presentation, camera, viewport });
  return {
    journeyId,
    view,
    presentation: { ...room.presentation },
    timer: room.timer,
    fontScale: room.fontScale,
    showVotes: room.showVotes,
    brainwriting: room.round !== null,
    language,
    look,
  };
}
