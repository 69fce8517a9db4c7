/**
 * The facilitator's view of the phones' session: the service's last snapshot and the panel's
 * choices. None of it is part of the journey (names stay in the session), so none of it is
 * undoable; what reaches the journey (accepted notes, closed votes, applied ratings) goes
 * through the board store as undoable steps (participantsCommands.ts).
 */
import { createStore, useStore } from 'zustand';
import type { LanNetwork } from '../../shared/ipc/channels';
import type { Id } from '../../shared/model';
import { EMPTY_SNAPSHOT, type SessionSnapshot } from '../../shared/participants/facilitatorMessages';

export type SessionStatus = 'off' | 'starting' | 'on' | 'unavailable' | 'failed';

export interface ParticipantsState {
  status: SessionStatus;
  failure: 'noNetwork' | 'portInUse' | 'failed' | null;
  snapshot: SessionSnapshot;
  /** null: the server decides (browser build); [] no network found. */
  networks: LanNetwork[] | null;
  address: string | null;
  anonymousAllowed: boolean;
  /** Names on the projector: off unless the facilitator chooses. */
  showNames: boolean;
  /** The QR code and short address on the projector. */
  showJoin: boolean;
  /** The journey the session belongs to; closing or switching it ends the session. */
  journeyId: Id | null;
  /** Brainwriting notes already put on the board, so a late snapshot never places one twice. */
  placedKeys: ReadonlySet<string>;
  writingSetup: { mode: 'inbox' | 'board'; phaseId: Id | null; laneId: Id | 'choice' | null };
  voteSetup: { dots: number; maxPerNote: number | null };
  ratingPhaseId: Id | null;
}

export const INITIAL_PARTICIPANTS_STATE: ParticipantsState = {
  status: 'off',
  failure: null,
  snapshot: EMPTY_SNAPSHOT,
  networks: null,
  address: null,
  anonymousAllowed: false,
  showNames: false,
  showJoin: true,
  journeyId: null,
  placedKeys: new Set(),
  writingSetup: { mode: 'inbox', phaseId: null, laneId: 'choice' },
  voteSetup: { dots: 3, maxPerNote: null },
  ratingPhaseId: null,
};

export function createParticipantsStore(initial: Partial<ParticipantsState> = {}) {
  return createStore<ParticipantsState>()(() => ({ ...INITIAL_PARTICIPANTS_STATE, ...initial }));
}

export type ParticipantsStore = ReturnType<typeof createParticipantsStore>;

export const participantsStore: ParticipantsStore = createParticipantsStore();

export function useParticipants<T>(selector: (state: ParticipantsState) => T): T {
  return useStore(participantsStore, selector);
}
