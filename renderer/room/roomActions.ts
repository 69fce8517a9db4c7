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
    group: 'view',
    label: (t) => t('room:actions.projector'),
    shortcuts: [{ key: 'p', mod: true, shift: true }],
    undoable: false,
    perform: async () => {
      // Loaded on use: the runtime reaches the platform and the window, which unit tests of the
      // registry do not have.
      const { facilitatorRuntime } = await import('./facilitatorRuntime');
      await facilitatorRuntime().openProjector(null);
    },
  }),
  defineAction({
    name: 'view.presentation',
    group: 'view',
    label: (t) => t('room:actions.presentation'),
    shortcuts: [{ key: 'F5' }],
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
    group: 'view',
    label: (t) => t('room:actions.nextStep'),
    shortcuts: [{ key: 'PageDown' }],
    undoable: false,
    enabled: () => room().presentation.active,
    perform: (ctx) => stepPresentation({ ...roomContext, board: ctx.store }, 1, size(ctx)),
  }),
  defineAction({
    name: 'room.previousStep',
    group: 'view',
    label: (t) => t('room:actions.previousStep'),
    shortcuts: [{ key: 'PageUp' }],
    undoable: false,
    enabled: () => room().presentation.active,
    perform: (ctx) => stepPresentation({ ...roomContext, board: ctx.store }, -1, size(ctx)),
  }),
  defineAction({
    name: 'room.laser',
    group: 'view',
    label: (t) => t('room:actions.laser'),
    shortcuts: [{ code: 'KeyL', alt: true }],
    undoable: false,
    perform: () => toggleLaser(roomContext),
  }),
  defineAction({
    name: 'room.timerToggle',
    group: 'view',
    label: (t) => t('room:actions.timerToggle'),
    shortcuts: [{ code: 'KeyT', alt: true }],
    undoable: false,
    perform: () => toggleTimer(roomContext),
  }),
  defineAction({
    name: 'room.timerAddMinute',
    group: 'view',
    label: (t) => t('room:actions.timerAddMinute'),
    shortcuts: [{ code: 'KeyM', alt: true }],
    undoable: false,
    perform: () => addTimerMinute(roomContext),
  }),
  defineAction({
    name: 'room.voting',
    group: 'view',
    label: (t) => t('room:actions.voting'),
    shortcuts: [{ code: 'KeyV', alt: true }],
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
    group: 'view',
    label: (t) => t('room:actions.voteAdd'),
    shortcuts: [{ key: 'v' }],
    undoable: true,
    enabled: (store) => room().voting !== null && store.getState().selectedNoteIds.size > 0,
    perform: (ctx) => voteOnSelection(ctx, 1),
  }),
  defineAction({
    name: 'room.voteRemove',
    group: 'view',
    label: (t) => t('room:actions.voteRemove'),
    shortcuts: [{ key: 'v', shift: true }],
    undoable: true,
    enabled: (store) => room().voting !== null && store.getState().selectedNoteIds.size > 0,
    perform: (ctx) => voteOnSelection(ctx, -1),
  }),
  defineAction({
    name: 'room.brainwriting',
    group: 'view',
    label: (t) => t('room:actions.brainwriting'),
    shortcuts: [{ code: 'KeyB', alt: true }],
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
    group: 'view',
    label: (t) => t('room:actions.panel'),
    shortcuts: [{ code: 'KeyR', alt: true }],
    undoable: false,
    enabled: hasJourney,
    perform: ({ store }) => {
      const open = store.getState().sidePanel === ROOM_PANEL_ID;
      store.getState().showSidePanel(open ? null : ROOM_PANEL_ID);
    },
  }),
];
