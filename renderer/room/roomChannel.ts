/**
 * The room's channel between the facilitator's window and the projector window (a second
 * browser window, or Electron's projector window: same origin either way): the app's typed
 * channel (renderer/sync/typedChannel.ts) with the room's messages. Malformed ones are dropped.
 */
import { parseRoomMessage, ROOM_CHANNEL, type RoomMessage } from '../../shared/room/messages';
import { openTypedChannel, type TypedChannel } from '../sync/typedChannel';

export type RoomChannel = TypedChannel<RoomMessage>;

export function openRoomChannel(create: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)): RoomChannel {
  return openTypedChannel(ROOM_CHANNEL, parseRoomMessage, create);
}
