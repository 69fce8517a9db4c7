/** The shortcut overview. */
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
];
