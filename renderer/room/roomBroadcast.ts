/**
 * Builds the state the projector needs from the facilitator's stores. Pure given its inputs,
 * so the facilitator can compare against the last one sent and only post real changes.
 */
import type { RoomState as RoomMessageState } from '../../shared/room/messages';
import type { Viewport } from '../../shared/room/camera';
import type { Camera } from '../store/viewSlice';
import type { RoomState } from './roomStore';

export function roomBroadcast(options: {
  room: RoomState;
  journeyId: string | null;
  camera: Camera;
  viewport: Viewport | null;
  language: 'en' | 'de';
}): RoomMessageState {
  const { room, journeyId, camera, viewport, language } = options;
  const view: RoomMessageState['view'] =
    room.projectorView.mode === 'phase' && !room.presentation.active
      ? { mode: 'phase', phaseId: room.projectorView.phaseId }
      : viewport
        ? { mode: 'follow', camera: { ...camera }, viewport: { ...viewport } }
        : { mode: 'phase', phaseId: null };
  return {
    journeyId,
    view,
    presentation: { ...room.presentation },
    timer: room.timer,
    fontScale: room.fontScale,
    showVotes: room.showVotes,
    brainwriting: room.round !== null,
    language,
  };
}
