/**
 * The export commands as named actions (STYLE.md habit 2): the toolbar, the Electron menu
 * (File > Export, whose MENU_ACTIONS names they share) and the shortcut all open the same
 * dialog with the format chosen.
 */
import { defineAction } from '../actions/types';
import type { BoardStore } from '../store/store';
import { exportDialogStore } from './exportDialogStore';

const hasJourney = (store: BoardStore) => store.getState().doc !== null;

export const fileActions = [
  defineAction({
    name: 'file.exportPng',
    group: 'help',
    label: (t) => t('file:export.format.png'),
    shortcuts: [{ key: 'e', mod: true, shift: true }],
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('png'),
  }),
  defineAction({
    name: 'file.exportPdf',
    group: 'help',
    label: (t) => t('file:export.format.pdf'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('pdf'),
  }),
  defineAction({
    name: 'file.exportCsv',
    group: 'help',
    label: (t) => t('file:export.format.csv'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('csv'),
  }),
  defineAction({
    name: 'file.exportJourney',
    group: 'help',
    label: (t) => t('file:export.format.journey'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('journey'),
  }),
  defineAction({
    name: 'file.exportPack',
    group: 'help',
    label: (t) => t('file:export.format.pack'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('pack'),
  }),
];

export const EXPORT_ACTION_NAMES = fileActions.map((a) => a.name);
