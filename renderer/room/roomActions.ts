/**
 * The room's named actions, listed in the board's action registry (in its "view" group, as the
 * desktop menu has View > Projector and View > Presentation) so that the keyboard, the
 * shortcut overview and the menu reach them like any other command. Arrow keys and Space step
 * the presentation through the room's own key handler (presentationKeys.ts), since outside a
 * presentation they belong to the board.
 */
import { defineAction } from '../actions/types';
import type { ActionContext } from '../actions/types';
import {
  addTimerMinute,
  leavePresentation,
  revealBrainwriting,
  startBrainwriting,
  startPresentation,
  startVoting,
  stepPresentation,
  stopVoting,
  toggleLaser,
  toggleTimer,
  voteOnNote,
} from './roomCommands';
import type { OpenResult } from './projectorWindow';
import { roomContext } from './roomContext';
import { ROOM_PANEL_ID } from './roomPanelId';

const room = () => roomContext.room.getState();
const size = (ctx: ActionContext) => ctx.viewport.size();
const hasJourney = (store: ActionContext['store']) => store.getState().doc !== null;

function voteOnSelection(ctx: ActionContext, delta: 1 | -1): void {
  for (const id of ctx.store.getState().selectedNoteIds) voteOnNote({ ...roomContext, board: ctx.store }, id, delta);
}

export const roomActions = [
  defineAction({
    name: 'view.projector',
    label: (t) => t('room:actions.projector'),
    undoable: false,
    /** Input: the display to open on (the room panel's choice) and who hears how it went. */
    perform: async (_ctx, input) => {
      const { displayId = null, report } = (input ?? {}) as { displayId?: number | null; report?: (result: OpenResult) => void };
      // Loaded on use: the runtime reaches the platform and the window, which unit tests of the
      // registry do not have.
      const { facilitatorRuntime } = await import('./facilitatorRuntime');
      const result = await facilitatorRuntime().openProjector(displayId);
      report?.(result);
    },
  }),
  defineAction({
    name: 'view.presentation',
    label: (t) => t('room:actions.presentation'),
    undoable: false,
    enabled: (store) => store.getState().doc !== null,
    perform: (ctx) => {
      const context = { ...roomContext, board: ctx.store };
      if (room().presentation.active) leavePresentation(context);
      else startPresentation(context, size(ctx));
    },
  }),
  defineAction({
    name: 'room.nextStep',
    label: (t) => t('room:actions.nextStep'),
    undoable: false,
    enabled: () => room().presentation.active,
    perform: (ctx) => stepPresentation({ ...roomContext, board: ctx.store }, 1, size(ctx)),
  }),
  defineAction({
    name: 'room.previousStep',
    label: (t) => t('room:actions.previousStep'),
    undoable: false,
    enabled: () => room().presentation.active,
    perform: (ctx) => stepPresentation({ ...roomContext, board: ctx.store }, -1, size(ctx)),
  }),
  defineAction({
    name: 'room.laser',
    label: (t) => t('room:actions.laser'),
    undoable: false,
    perform: () => toggleLaser(roomContext),
  }),
  defineAction({
    name: 'room.timerToggle',
    label: (t) => t('room:actions.timerToggle'),
    undoable: false,
    perform: () => toggleTimer(roomContext),
  }),
  defineAction({
    name: 'room.timerAddMinute',
    label: (t) => t('room:actions.timerAddMinute'),
    undoable: false,
    perform: () => addTimerMinute(roomContext),
  }),
  defineAction({
    name: 'room.voting',
    label: (t) => t('room:actions.voting'),
    undoable: false,
    enabled: hasJourney,
    perform: (ctx) => {
      const context = { ...roomContext, board: ctx.store };
      if (room().voting) stopVoting(context);
      else startVoting(context, 'click');
    },
  }),
  defineAction({
    name: 'room.voteAdd',
    label: (t) => t('room:actions.voteAdd'),
    undoable: true,
    enabled: (store) => room().voting !== null && store.getState().selectedNoteIds.size > 0,
    perform: (ctx) => voteOnSelection(ctx, 1),
  }),
  defineAction({
    name: 'room.voteRemove',
    label: (t) => t('room:actions.voteRemove'),
    undoable: true,
    enabled: (store) => room().voting !== null && store.getState().selectedNoteIds.size > 0,
    perform: (ctx) => voteOnSelection(ctx, -1),
  }),
  defineAction({
    name: 'room.brainwriting',
    label: (t) => t('room:actions.brainwriting'),
    undoable: true,
    enabled: hasJourney,
    perform: (ctx) => {
      const context = { ...roomContext, board: ctx.store };
      if (room().round) revealBrainwriting(context);
      else startBrainwriting(context);
    },
  }),
  defineAction({
    name: 'room.panel',
    label: (t) => t('room:actions.panel'),
    undoable: false,
    enabled: hasJourney,
    perform: ({ store }) => {
      const open = store.getState().sidePanel === ROOM_PANEL_ID;
      store.getState().showSidePanel(open ? null : ROOM_PANEL_ID);
    },
  }),
];
