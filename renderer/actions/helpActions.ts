/** The shortcut overview and leaving the board. */
import { defineAction } from './types';

export const helpActions = [
  defineAction({
    name: 'help.shortcuts',
    group: 'help',
    label: (t) => t('board:actions.shortcuts'),
    shortcuts: [{ key: '?' }],
    undoable: false,
    perform: ({ store }) => store.getState().showShortcuts(!store.getState().shortcutsOpen),
  }),
  defineAction({
    name: 'board.backToLibrary',
    group: 'help',
    label: (t) => t('board:actions.backToLibrary'),
    undoable: false,
    perform: ({ store }) => {
      store.getState().startEditing(null);
      store.getState().showScreen({ name: 'library' });
    },
  }),
];
