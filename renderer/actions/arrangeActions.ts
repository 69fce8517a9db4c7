/** Align and distribute the selected notes. */
import { commitDoc } from './commit';
import { alignNotes, distributeNotes, type AlignEdge } from '../../shared/board/arrange';
import { selectedNotes } from './selection';
import { defineAction } from './types';
import type { BoardStore } from '../store/store';

const atLeast = (n: number) => (store: BoardStore) => selectedNotes(store).length >= n;

function align(edge: AlignEdge) {
  return ({ store }: { store: BoardStore }) => commitDoc(store, (doc) => alignNotes(doc, selectedNotes(store), edge));
}

export const arrangeActions = [
  defineAction({ name: 'arrange.alignLeft', label: (t) => t('board:actions.alignLeft'), undoable: true, enabled: atLeast(2), perform: align('left') }),
  defineAction({ name: 'arrange.alignCentre', label: (t) => t('board:actions.alignCentre'), undoable: true, enabled: atLeast(2), perform: align('centre') }),
  defineAction({ name: 'arrange.alignRight', label: (t) => t('board:actions.alignRight'), undoable: true, enabled: atLeast(2), perform: align('right') }),
  defineAction({ name: 'arrange.alignTop', label: (t) => t('board:actions.alignTop'), undoable: true, enabled: atLeast(2), perform: align('top') }),
  defineAction({ name: 'arrange.alignMiddle', label: (t) => t('board:actions.alignMiddle'), undoable: true, enabled: atLeast(2), perform: align('middle') }),
  defineAction({ name: 'arrange.alignBottom', label: (t) => t('board:actions.alignBottom'), undoable: true, enabled: atLeast(2), perform: align('bottom') }),
  defineAction({
    name: 'arrange.distributeHorizontally',
    label: (t) => t('board:actions.distributeHorizontally'),
    undoable: true,
    enabled: atLeast(3),
    perform: ({ store }) => commitDoc(store, (doc) => distributeNotes(doc, selectedNotes(store), 'horizontal')),
  }),
  defineAction({
    name: 'arrange.distributeVertically',
    label: (t) => t('board:actions.distributeVertically'),
    undoable: true,
    enabled: atLeast(3),
    perform: ({ store }) => commitDoc(store, (doc) => distributeNotes(doc, selectedNotes(store), 'vertical')),
  }),
];
