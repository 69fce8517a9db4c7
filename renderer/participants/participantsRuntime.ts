/**
 * The facilitator window's participants' machinery, started once (by the panel or an action)
 * and kept for the life of the window: snapshots from the service, the end of the session
 * when the journey closes or another one opens, and what the projector shows.
 */
import type { ProjectorJoin } from '../../shared/participants/projectorMessages';
import { PARTICIPANTS_CHANNEL, ParticipantsChannelMessageSchema } from '../../shared/participants/projectorMessages';
import { platform } from '../platform';
import { startBrainwriting } from '../room/roomCommands';
import { roomContext } from '../room/roomContext';
import { roomStore } from '../room/roomStore';
import { boardStore } from '../store/store';
import { receiveSnapshot, stopSession, type ParticipantsContext } from './participantsCommands';
import { participantsStore, type ParticipantsState } from './participantsStore';

export const participantsContext: ParticipantsContext = {
  board: boardStore,
  participants: participantsStore,
  api: platform.participants,
  startBrainwriting: () => {
    if (!roomStore.getState().round) startBrainwriting(roomContext);
  },
};

export function projectorJoin(state: ParticipantsState): ProjectorJoin | null {
  const { session, counts, participants } = state.snapshot;
  if (state.status !== 'on' || !session) return null;
  return {
    joinUrl: session.joinUrl,
    address: session.address,
    code: session.code,
    joined: counts.joined,
    notes: counts.notesArrived,
    votes: counts.votesCast,
    names: state.showNames ? participants.filter((p) => p.admitted && p.name).map((p) => p.name) : null,
    showJoin: state.showJoin,
  };
}

let started = false;

export function participantsRuntime(): ParticipantsContext {
  if (started) return participantsContext;
  started = true;
  const ctx = participantsContext;
  ctx.api.onSnapshot((snapshot) => receiveSnapshot(ctx, snapshot));

  // The session belongs to one journey: closing it, or opening another, ends the session.
  ctx.board.subscribe((state) => {
    const { journeyId, status } = ctx.participants.getState();
    if ((status === 'on' || status === 'starting') && state.doc?.id !== journeyId) void stopSession(ctx);
  });

  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(PARTICIPANTS_CHANNEL);
    const publish = () => channel.postMessage({ type: 'join', join: projectorJoin(ctx.participants.getState()) });
    let last: string | null = null;
    ctx.participants.subscribe((state) => {
      const text = JSON.stringify(projectorJoin(state));
      if (text === last) return;
      last = text;
      publish();
    });
    channel.onmessage = (event) => {
      const parsed = ParticipantsChannelMessageSchema.safeParse(event.data);
      if (parsed.success && parsed.data.type === 'hello') publish();
    };
  }
  return ctx;
}
