/** Lines between notes: arrow or plain line, and their labels. */
import { updateConnector } from '../../shared/model';
import { commitDoc } from './commit';
import { selectedConnectors } from './selection';
import { defineAction } from './types';

export const lineActions = [
  defineAction({
    name: 'line.toggleArrow',
    label: (t) => t('board:actions.toggleArrow'),
    undoable: true,
    enabled: (store) => selectedConnectors(store).length > 0,
    perform: ({ store }) => {
      const ids = selectedConnectors(store);
      commitDoc(store, (doc) => {
        // Mixed selections become arrows first, as most lines in a journey are.
        const arrow = !ids.every((id) => doc.connectors[id]!.arrow);
        return ids.reduce((d, id) => updateConnector(d, id, { arrow }), doc);
      });
    },
  }),
  defineAction({
    name: 'line.editLabel',
    label: (t) => t('board:actions.editLabel'),
    undoable: true,
    enabled: (store) => selectedConnectors(store).length === 1,
    perform: ({ store }) => {
      const [id] = selectedConnectors(store);
      if (id) store.getState().startEditing({ kind: 'connectorLabel', id });
    },
  }),
];
