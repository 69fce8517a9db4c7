/**
 * The projector's end of the room channel: it says hello (and gets the room state back),
 * reports its size as a heartbeat, receives the state and the laser pointer, forwards a
 * presentation clicker pressed while it has focus, and says goodbye when it closes.
 */
import type { ProjectorStatus, RoomMessage, RoomState } from '../../../shared/room/messages';
import { PROJECTOR_HEARTBEAT_MS } from '../facilitatorLink';
import type { RoomChannel } from '../roomChannel';

export interface ProjectorLink {
  /** Reports the size now (after a resize or entering full screen). */
  sendStatus(): void;
  step(direction: 1 | -1): void;
  /** Called when the window goes away. */
  bye(): void;
  close(): void;
}

export function linkProjector(options: {
  channel: RoomChannel;
  status(): ProjectorStatus;
  onState(state: RoomState): void;
  onLaser(point: { x: number; y: number } | null): void;
  onCloseRequest(): void;
  setInterval(fn: () => void, ms: number): () => void;
}): ProjectorLink {
  const { channel } = options;
  const sendStatus = () => channel.post({ type: 'projector', status: options.status() });
  const off = channel.subscribe((message: RoomMessage) => {
    switch (message.type) {
      case 'state':
        options.onState(message.state);
        break;
      case 'laser':
        options.onLaser(message.point);
        break;
      case 'close':
        options.onCloseRequest();
        break;
      default:
        break;
    }
  });
  const stopBeat = options.setInterval(sendStatus, PROJECTOR_HEARTBEAT_MS);
  channel.post({ type: 'hello' });
  sendStatus();
  return {
    sendStatus,
    step: (direction) => channel.post({ type: 'step', direction }),
    bye: () => channel.post({ type: 'bye' }),
    close() {
      off();
      stopBeat();
    },
  };
}
