/**
 * The facilitator's end of the room channel: sends the room state whenever it changes (and to
 * a projector that says hello), sends the laser pointer, and keeps track of whether a
 * projector window is there. A projector that closes says goodbye; one that crashes or loses
 * its display simply stops sending its heartbeat.
 */
import type { Viewport } from '../../shared/camera/camera';
import type { Camera } from '../../shared/camera/camera';
import type { RoomMessage, RoomState as RoomMessageState } from '../../shared/room/messages';
import { stepPresentation, type RoomContext } from './roomCommands';
import type { RoomChannel } from './roomChannel';
import { roomBroadcast } from './roomBroadcast';
import type { ProjectorNotice } from './roomStore';

/** The projector sends its status every 2 s; three missed beats mean it is gone. */
export const PROJECTOR_HEARTBEAT_MS = 2_000;
export const PROJECTOR_TIMEOUT_MS = 6_500;

export interface FacilitatorLink {
  sendLaser(point: { x: number; y: number } | null): void;
  /** Sends the state now (after a change the stores do not see, such as a resize). */
  refresh(): void;
  close(): void;
}

export function linkFacilitator(
  ctx: RoomContext & {
    channel: RoomChannel;
    viewport(): Viewport | null;
    /** The live camera, which runs ahead of the store's during a pan or zoom gesture. */
    camera?(): Camera;
    language(): 'en' | 'de';
    setInterval(fn: () => void, ms: number): () => void;
  },
): FacilitatorLink {
  let lastSent = '';
  const build = (): RoomMessageState =>
    roomBroadcast({
      room: ctx.room.getState(),
      plan: ctx.plan,
      journeyId: ctx.board.getState().doc?.id ?? null,
      camera: ctx.camera?.() ?? ctx.board.getState().camera,
      viewport: ctx.viewport(),
      language: ctx.language(),
      look: { font: ctx.board.getState().boardFont, palette: ctx.board.getState().paletteName },
    });
  const send = (force: boolean) => {
    const state = build();
    const text = JSON.stringify(state);
    if (!force && text === lastSent) return;
    lastSent = text;
    ctx.channel.post({ type: 'state', state });
  };

  const markGone = (notice: ProjectorNotice) => {
    const projector = ctx.room.getState().projector;
    if (!projector.connected) return;
    ctx.room.setState({ projector: { ...projector, connected: false, status: null, notice } });
  };

  const onMessage = (message: RoomMessage) => {
    switch (message.type) {
      case 'hello':
        send(true);
        break;
      case 'projector': {
        const projector = ctx.room.getState().projector;
        ctx.room.setState({
          projector: { ...projector, connected: true, status: message.status, lastSeen: ctx.now(), notice: null, reopenOffer: false },
        });
        break;
      }
      case 'bye':
        markGone('closed');
        break;
      case 'step':
        stepPresentation(ctx, message.direction, ctx.viewport());
        break;
      default:
        break;
    }
  };

  const offChannel = ctx.channel.subscribe(onMessage);
  const offRoom = ctx.room.subscribe(() => send(false));
  const offBoard = ctx.board.subscribe((state, previous) => {
    if (
      state.camera !== previous.camera ||
      state.doc?.id !== previous.doc?.id ||
      state.boardFont !== previous.boardFont ||
      state.paletteName !== previous.paletteName
    ) {
      send(false);
    }
  });
  const offBeat = ctx.setInterval(() => {
    const { projector } = ctx.room.getState();
    if (projector.connected && ctx.now() - projector.lastSeen > PROJECTOR_TIMEOUT_MS) markGone('lost');
  }, 1_000);
  send(true);

  return {
    sendLaser(point) {
      ctx.channel.post({ type: 'laser', point });
    },
    refresh() {
      send(false);
    },
    close() {
      offChannel();
      offRoom();
      offBoard();
      offBeat();
    },
  };
}
