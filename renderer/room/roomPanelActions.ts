/**
 * The room panel's and the presentation bar's commands as named actions, so that its buttons,
 * the room keys and the registry's tests reach them the same way as any other command.
 */
import { defineAction, type ActionContext } from '../actions/types';
import type { Id } from '../../shared/model';
import type { ProjectorGeometry } from '../../shared/room/legibility';
import { facilitatorViewport } from './facilitatorView';
import {
  clearAllVotes,
  enlargeForTheRoom,
  leavePresentation,
  nextVoter,
  resetFontScale,
  setTallyOpen,
  startTimebox,
  startVoting,
  stopTimebox,
  stopTurns,
} from './roomCommands';
import { roomContext } from './roomContext';

const room = () => roomContext.room.getState();

let tallyDigitListener: ((noteId: Id, digit: string) => void) | null = null;

/** The room layer opens its count editor when a digit is typed in tally mode; returns the unlisten. */
export function listenForTallyDigits(listener: (noteId: Id, digit: string) => void): () => void {
  tallyDigitListener = listener;
  return () => {
    if (tallyDigitListener === listener) tallyDigitListener = null;
  };
}
const withBoard = (ctx: ActionContext) => ({ ...roomContext, board: ctx.store });
const hasJourney = (store: ActionContext['store']) => store.getState().doc !== null;

export const roomPanelActions = [
  defineAction({
    name: 'room.projectorClose',
    label: (t) => t('actions:room.projectorClose'),
    undoable: false,
    enabled: () => room().projector.connected,
    perform: async () => {
      const { facilitatorRuntime } = await import('./facilitatorRuntime');
      facilitatorRuntime().windows.close();
    },
  }),
  defineAction({
    name: 'room.leavePresentation',
    label: (t) => t('actions:room.leavePresentation'),
    undoable: false,
    enabled: () => room().presentation.active,
    perform: (ctx) => leavePresentation(withBoard(ctx)),
  }),
  defineAction({
    name: 'room.timerStart',
    label: (t) => t('actions:room.timerStart'),
    undoable: false,
    /** Input: the minutes typed in the panel; the last timebox's length without one. */
    perform: (ctx, input) => {
      const minutes = typeof input === 'number' ? input : room().settings.timerMinutes;
      startTimebox(withBoard(ctx), minutes);
    },
  }),
  defineAction({
    name: 'room.timerStop',
    label: (t) => t('actions:room.timerStop'),
    undoable: false,
    enabled: () => room().timer.status !== 'idle',
    perform: (ctx) => stopTimebox(withBoard(ctx)),
  }),
  defineAction({
    name: 'room.votingTally',
    label: (t) => t('actions:room.votingTally'),
    undoable: false,
    enabled: hasJourney,
    perform: (ctx) => startVoting(withBoard(ctx), 'tally'),
  }),
  defineAction({
    name: 'room.tallyDigit',
    label: (t) => t('actions:room.tallyDigit'),
    undoable: true,
    enabled: (store) => room().voting?.mode === 'tally' && store.getState().selectedNoteIds.size === 1,
    /** Input: the digit typed; the room layer opens the count editor on the selected note with it. */
    perform: (ctx, input) => {
      const [noteId] = ctx.store.getState().selectedNoteIds;
      if (noteId && typeof input === 'string') tallyDigitListener?.(noteId, input);
    },
  }),
  defineAction({
    name: 'room.nextVoter',
    label: (t) => t('actions:room.nextVoter'),
    undoable: false,
    enabled: () => room().voting !== null,
    perform: (ctx) => nextVoter(withBoard(ctx)),
  }),
  defineAction({
    name: 'room.stopTurns',
    label: (t) => t('actions:room.stopTurns'),
    undoable: false,
    enabled: () => room().voting?.turn != null,
    perform: (ctx) => stopTurns(withBoard(ctx)),
  }),
  defineAction({
    name: 'room.clearVotes',
    label: (t) => t('actions:room.clearVotes'),
    undoable: true,
    enabled: hasJourney,
    perform: (ctx) => clearAllVotes(withBoard(ctx)),
  }),
  defineAction({
    name: 'room.tallyList',
    label: (t) => t('actions:room.tallyList'),
    undoable: false,
    perform: (ctx) => setTallyOpen(withBoard(ctx), !room().tallyOpen),
  }),
  defineAction({
    name: 'room.enlargeText',
    label: (t) => t('room:actions.enlarge'),
    undoable: false,
    /** Input: the projector's legibility figures (useProjectorLegibility); nothing to do without them. */
    perform: (ctx, input) => {
      const legibility = input as { fontSizesAt(fontScale: number): readonly number[]; geometry: ProjectorGeometry } | undefined;
      if (!legibility) return;
      enlargeForTheRoom(withBoard(ctx), { fontSizesAt: legibility.fontSizesAt, geometry: legibility.geometry, facilitatorViewport: facilitatorViewport() });
    },
  }),
  defineAction({
    name: 'room.resetTextSize',
    label: (t) => t('actions:room.resetTextSize'),
    undoable: false,
    enabled: () => room().fontScale !== 1,
    perform: (ctx) => resetFontScale(withBoard(ctx)),
  }),
];
