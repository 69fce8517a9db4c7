/**
 * The room's BroadcastChannel between the facilitator's window and the projector window (a
 * second browser window, or Electron's projector window: same origin either way). Incoming
 * messages are validated and malformed ones dropped.
 */
import { parseRoomMessage, ROOM_CHANNEL, type RoomMessage } from '../../shared/room/messages';

export interface RoomChannel {
  post(message: RoomMessage): void;
  subscribe(listener: (message: RoomMessage) => void): () => void;
  close(): void;
}

export function openRoomChannel(create: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)): RoomChannel {
  const channel = create(ROOM_CHANNEL);
  const listeners = new Set<(message: RoomMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = parseRoomMessage(event.data);
    if (!message) return;
    for (const listener of listeners) listener(message);
  };
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (window unloading) drops the message; the next state resends all.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
