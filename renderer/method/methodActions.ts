/**
 * The method's named actions, joined into the board's action registry so the toolbar, menu,
 * shortcuts and context menu run them like any other command.
 */
import { defineAction } from '../actions/types';
import { methodView } from './methodView';

export const methodActions = [
  defineAction({
    name: 'method.guidingQuestions',
    label: (t) => t('persona:actions.guidingQuestions'),
    undoable: false,
    enabled: (store) => store.getState().doc !== null,
    perform: () => methodView.getState().toggleQuestions(),
  }),
  defineAction({
    name: 'method.switchPhaseModel',
    label: (t) => t('persona:actions.switchPhaseModel'),
    undoable: true,
    enabled: (store) => store.getState().doc !== null,
    perform: () => methodView.getState().openDialog('phaseModel'),
  }),
  defineAction({
    name: 'method.clearHighlight',
    label: (t) => t('persona:actions.clearHighlight'),
    undoable: false,
    enabled: () => methodView.getState().filter !== null,
    perform: () => methodView.getState().setFilter(null),
  }),
] as const;
