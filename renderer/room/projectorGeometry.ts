/** The projector the room state is judged for: the connected one, or a full HD one until then. */
import type { ProjectorStatus } from '../../shared/room/messages';
import type { RoomState } from './roomStore';

export const ASSUMED_PROJECTOR: ProjectorStatus = { viewport: { width: 1920, height: 1080 }, deviceScale: 1 };

export function projectorOf(room: Pick<RoomState, 'projector'>): { status: ProjectorStatus; assumed: boolean } {
  const { connected, status } = room.projector;
  return connected && status ? { status, assumed: false } : { status: ASSUMED_PROJECTOR, assumed: true };
}
