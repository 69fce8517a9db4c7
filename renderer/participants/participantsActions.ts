/**
 * The phones' session as named actions in the board's registry (the "view" group, beside the
 * room's), so the keyboard, the shortcut overview and the command list reach them. No default
 * shortcuts: they are reached from the room panel and by name; the session is never started
 * by a stray key press.
 */
import i18next from 'i18next';
import { defineAction } from '../actions/types';
import { participantsStore } from './participantsStore';

const state = () => participantsStore.getState();
const sessionOn = () => state().status === 'on' && state().snapshot.session !== null;
const runtime = async () => {
  // Loaded on use: the runtime reaches the platform, which unit tests of the registry lack.
  const [{ participantsRuntime }, commands] = await Promise.all([import('./participantsRuntime'), import('./participantsCommands')]);
  return { ctx: participantsRuntime(), commands };
};

export const participantsActions = [
  defineAction({
    name: 'participants.session',
    label: (t) => t('participants:actions.session'),
    undoable: false,
    enabled: (store) => store.getState().doc !== null,
    perform: async () => {
      const { ctx, commands } = await runtime();
      if (sessionOn()) await commands.stopSession(ctx);
      else {
        await commands.loadNetworks(ctx);
        await commands.startSession(ctx);
      }
    },
  }),
  defineAction({
    name: 'participants.writing',
    label: (t) => t('participants:actions.writing'),
    undoable: false,
    enabled: () => sessionOn(),
    perform: async () => {
      const { ctx, commands } = await runtime();
      if (state().snapshot.writing) await commands.closeWriting(ctx);
      else await commands.openWriting(ctx);
    },
  }),
  defineAction({
    name: 'participants.acceptInbox',
    label: (t) => t('participants:actions.acceptInbox'),
    undoable: true,
    enabled: () => sessionOn() && state().snapshot.inbox.some((n) => n.mode === 'inbox'),
    perform: async () => {
      const { ctx, commands } = await runtime();
      commands.acceptAll(ctx);
    },
  }),
  defineAction({
    name: 'participants.vote',
    label: (t) => t('participants:actions.vote'),
    undoable: true,
    enabled: () => sessionOn(),
    perform: async () => {
      const { ctx, commands } = await runtime();
      if (state().snapshot.vote) await commands.closeVote(ctx);
      else await commands.openVote(ctx, commands.notesToPutUp(ctx, state().writingSetup.phaseId ?? ctx.board.getState().doc?.phases[0]?.id ?? null));
    },
  }),
  defineAction({
    name: 'participants.rating',
    label: (t) => t('participants:actions.rating'),
    undoable: false,
    enabled: () => sessionOn(),
    perform: async () => {
      const { ctx, commands } = await runtime();
      if (state().snapshot.rating) await commands.closeRating(ctx);
      else await commands.openRating(ctx, state().ratingPhaseId);
    },
  }),
  defineAction({
    name: 'participants.setMedian',
    label: (t) => t('participants:actions.setMedian'),
    undoable: true,
    enabled: () => sessionOn() && state().snapshot.rating !== null,
    perform: async () => {
      const { ctx, commands } = await runtime();
      const median = commands.currentMedian(state().snapshot);
      commands.applyMedian(ctx, i18next.t(`participants:phone.score.${median ?? 0}`));
    },
  }),
];
