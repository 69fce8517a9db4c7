/** The shortcut overview. */
import { defineAction } from './types';

export const helpActions = [
  defineAction({
    name: 'help.shortcuts',
    label: (t) => t('board:actions.shortcuts'),
    undoable: false,
    perform: ({ store }) => store.getState().showShortcuts(!store.getState().shortcutsOpen),
  }),
];
