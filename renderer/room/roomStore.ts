/**
 * The facilitator's room session: what the projector shows, the presentation step, the timer,
 * voting and brainwriting state. None of it is part of the journey (votes and covered notes
 * are, and live in the board store), so none of it is undoable; the projector window receives
 * it over the room channel.
 */
import { createStore, useStore } from 'zustand';
import type { Id } from '../../shared/model';
import type { BrainwritingRound } from '../../shared/room/brainwriting';
import type { ProjectorStatus } from '../../shared/room/messages';
import { IDLE_TIMER, type TimerState } from '../../shared/room/timer';
import type { VotingTurn } from '../../shared/room/voting';
import type { CastOutcome, RemoveOutcome } from '../../shared/room/voting';
import { DEFAULT_ROOM_SETTINGS, type RoomSettings } from './roomSettings';

export type ProjectorViewChoice = { mode: 'follow' } | { mode: 'phase'; phaseId: Id | null };

/** Why the facilitator is told that the projector went away. */
export type ProjectorNotice = 'closed' | 'displayRemoved' | 'lost';

export interface ProjectorLink {
  /** A projector window answered recently. */
  connected: boolean;
  status: ProjectorStatus | null;
  lastSeen: number;
  notice: ProjectorNotice | null;
  /** Displays changed after the projector closed: offer to reopen it. */
  reopenOffer: boolean;
}

export type VotingMode = 'click' | 'tally';

export type GuidingQuestionSet = 'mapping' | 'optimisation' | 'none';

export interface VotingSession {
  mode: VotingMode;
  /** Votes by turns while the laptop goes round; null when the facilitator clicks for the room. */
  turn: VotingTurn | null;
  /** What the last click did, for the panel's status line. */
  lastOutcome: CastOutcome | RemoveOutcome | null;
}

export interface RoomState {
  settings: RoomSettings;
  projector: ProjectorLink;
  projectorView: ProjectorViewChoice;
  /** The presentation step (phase and part) and the guiding questions shown with it. */
  presentation: { active: boolean; phaseId: Id | null; part: number; questions: GuidingQuestionSet };
  laser: boolean;
  timer: TimerState;
  voting: VotingSession | null;
  /** Vote badges on notes, on the board and the projector. */
  showVotes: boolean;
  /** Opens the tally list in the room panel. */
  tallyOpen: boolean;
  round: BrainwritingRound | null;
  /** Note text scale on the projector ("enlarge for the room"). */
  fontScale: number;
}

export const INITIAL_ROOM_STATE: RoomState = {
  settings: DEFAULT_ROOM_SETTINGS,
  projector: { connected: false, status: null, lastSeen: 0, notice: null, reopenOffer: false },
  projectorView: { mode: 'follow' },
  presentation: { active: false, phaseId: null, part: 0, questions: 'mapping' },
  laser: false,
  timer: IDLE_TIMER,
  voting: null,
  showVotes: true,
  tallyOpen: false,
  round: null,
  fontScale: 1,
};

export function createRoomStore(initial: Partial<RoomState> = {}) {
  return createStore<RoomState>()(() => ({ ...INITIAL_ROOM_STATE, ...initial }));
}

export type RoomStore = ReturnType<typeof createRoomStore>;

export const roomStore: RoomStore = createRoomStore();

export function useRoom<T>(selector: (state: RoomState) => T): T {
  return useStore(roomStore, selector);
}
