/**
 * The app-level commands: they work on every screen (the library too), so they need no board.
 * The desktop menu, the keys, the header buttons and the library's buttons all run them.
 */
import { defineAppAction } from '../actions/types';
import type { BoardStore } from '../store/store';
import { appDialogs } from './appDialogs';

// Loaded on use: sessions, files and the platform reach the window, the database and the
// preload, which the registry's unit tests do not have.
const session = () => import('./journeySession');
const files = () => import('./journeyFiles');

const hasJourney = (store: BoardStore) => store.getState().doc !== null;

export const appActions = [
  defineAppAction({
    name: 'journey.new',
    label: (t) => t('actions:file.newJourney'),
    undoable: false,
    perform: async () => {
      // The dialog lives on the library: leave the board first (it is stored on the way out).
      await (await session()).closeJourney();
      appDialogs.getState().show('newJourney');
    },
  }),
  defineAppAction({
    name: 'file.open',
    label: (t) => t('actions:file.open'),
    undoable: false,
    perform: async () => (await import('../import/platformOpen')).requestOpenFile(),
  }),
  defineAppAction({
    name: 'file.save',
    label: (t) => t('actions:file.save'),
    undoable: false,
    enabled: hasJourney,
    perform: async () => {
      await (await files()).saveJourneyFile({ saveAs: false });
    },
  }),
  defineAppAction({
    name: 'file.saveAs',
    label: (t) => t('actions:file.saveAs'),
    undoable: false,
    enabled: hasJourney,
    perform: async () => {
      await (await files()).saveJourneyFile({ saveAs: true });
    },
  }),
  defineAppAction({
    name: 'file.closeJourney',
    label: (t) => t('actions:file.closeJourney'),
    undoable: false,
    enabled: hasJourney,
    perform: async () => (await session()).closeJourney(),
  }),
  defineAppAction({
    name: 'help.restoreBackup',
    label: (t) => t('actions:file.restoreBackup'),
    undoable: false,
    perform: async () => {
      // Backups exist only where the platform keeps them on disk (the desktop app's menu).
      if ((await import('../platform')).platform.backups) appDialogs.getState().show('restoreBackup');
    },
  }),
  defineAppAction({
    name: 'help.about',
    label: (t) => t('actions:help.about'),
    undoable: false,
    perform: () => appDialogs.getState().show('about'),
  }),
];
