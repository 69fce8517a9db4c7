/**
 * The export commands as named actions (STYLE.md habit 2): the toolbar, the Electron menu
 * (File > Export, whose MENU_ACTIONS names they share) and the shortcut all open the same
 * dialog with the format chosen.
 */
import { defineAppAction } from '../actions/types';
import type { BoardStore } from '../store/store';
import { exportDialogStore } from './exportDialogStore';

const hasJourney = (store: BoardStore) => store.getState().doc !== null;

export const fileActions = [
  defineAppAction({
    name: 'file.exportPng',
    label: (t) => t('file:export.format.png'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('png'),
  }),
  defineAppAction({
    name: 'file.exportPdf',
    label: (t) => t('file:export.format.pdf'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('pdf'),
  }),
  defineAppAction({
    name: 'file.exportCsv',
    label: (t) => t('file:export.format.csv'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('csv'),
  }),
  defineAppAction({
    name: 'file.exportJourney',
    label: (t) => t('file:export.format.journey'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('journey'),
  }),
  defineAppAction({
    name: 'file.exportPack',
    label: (t) => t('file:export.format.pack'),
    undoable: false,
    enabled: hasJourney,
    perform: () => exportDialogStore.getState().show('pack'),
  }),
];

export const EXPORT_ACTION_NAMES = fileActions.map((a) => a.name);
