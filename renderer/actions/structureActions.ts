/** Phases (columns) and lanes (rows): add, rename, move, remove; all undoable. */
import i18next from 'i18next';
import {
  addLane,
  addPhase,
  moveLane,
  movePhase,
  removeLane,
  removePhase,
  updateLane,
  updatePhase,
  LIMITS,
  NOTE_KINDS,
  type Id,
  type NoteKind,
  type JourneyDoc,
  type RemovalMode,
} from '../../shared/model';
import type { BoardStore } from '../store/store';
import { commitDoc } from './commit';
import { defineAction } from './types';

interface Target {
  id?: Id;
  /** A new title: renames at once instead of opening the title editor. */
  title?: string;
  kind?: NoteKind;
  /** Where a new phase or lane goes; the end when absent. */
  index?: number;
  mode?: RemovalMode;
}
const target = (input: unknown) => (input ?? {}) as Target;

function hasNotes(doc: JourneyDoc, key: 'phaseId' | 'laneId', id: Id): boolean {
  for (const noteId in doc.notes) if (doc.notes[noteId]![key] === id) return true;
  return false;
}

function move(store: BoardStore, kind: 'phase' | 'lane', id: Id | undefined, by: number): void {
  if (!id) return;
  commitDoc(store, (doc) => {
    const list = kind === 'phase' ? doc.phases : doc.lanes;
    const index = list.findIndex((x) => x.id === id);
    const to = index + by;
    if (index < 0 || to < 0 || to >= list.length) return doc;
    return kind === 'phase' ? movePhase(doc, id, to) : moveLane(doc, id, to);
  });
}

export const structureActions = [
  defineAction({
    name: 'structure.addPhase',
    label: (t) => t('board:actions.addPhase'),
    undoable: true,
    enabled: (store) => store.getState().doc !== null,
    perform: ({ store }, input) => {
      let id: Id | null = null;
      commitDoc(store, (doc) => {
        const added = addPhase(doc, { title: i18next.t('board:structure.newPhase'), index: target(input).index });
        id = added.phase.id;
        return added.doc;
      });
      // Name it straight away: a facilitator adds a column because they know what it is.
      if (id) store.getState().startEditing({ kind: 'phaseTitle', id });
    },
  }),
  defineAction({
    name: 'structure.addLane',
    label: (t) => t('board:actions.addLane'),
    undoable: true,
    enabled: (store) => store.getState().doc !== null,
    perform: ({ store }, input) => {
      let id: Id | null = null;
      commitDoc(store, (doc) => {
        const added = addLane(doc, { title: i18next.t('board:structure.newLane'), kind: 'free', index: target(input).index });
        id = added.lane.id;
        return added.doc;
      });
      if (id) store.getState().startEditing({ kind: 'laneTitle', id });
    },
  }),
  defineAction({
    name: 'structure.renamePhase',
    label: (t) => t('board:actions.renamePhase'),
    undoable: true,
    perform: ({ store }, input) => {
      const { id, title } = target(input);
      if (!id) return;
      const clean = title?.trim().slice(0, LIMITS.titleLength);
      if (clean) commitDoc(store, (doc) => (doc.phases.find((p) => p.id === id)?.title === clean ? doc : updatePhase(doc, id, { title: clean })));
      else if (title === undefined) store.getState().startEditing({ kind: 'phaseTitle', id });
    },
  }),
  defineAction({
    name: 'structure.renameLane',
    label: (t) => t('board:actions.renameLane'),
    undoable: true,
    perform: ({ store }, input) => {
      const { id, title } = target(input);
      if (!id) return;
      const clean = title?.trim().slice(0, LIMITS.titleLength);
      if (clean) commitDoc(store, (doc) => (doc.lanes.find((l) => l.id === id)?.title === clean ? doc : updateLane(doc, id, { title: clean })));
      else if (title === undefined) store.getState().startEditing({ kind: 'laneTitle', id });
    },
  }),
  defineAction({
    name: 'structure.movePhaseLeft',
    label: (t) => t('board:actions.movePhaseLeft'),
    undoable: true,
    perform: ({ store }, input) => move(store, 'phase', target(input).id, -1),
  }),
  defineAction({
    name: 'structure.movePhaseRight',
    label: (t) => t('board:actions.movePhaseRight'),
    undoable: true,
    perform: ({ store }, input) => move(store, 'phase', target(input).id, 1),
  }),
  defineAction({
    name: 'structure.moveLaneUp',
    label: (t) => t('board:actions.moveLaneUp'),
    undoable: true,
    perform: ({ store }, input) => move(store, 'lane', target(input).id, -1),
  }),
  defineAction({
    name: 'structure.moveLaneDown',
    label: (t) => t('board:actions.moveLaneDown'),
    undoable: true,
    perform: ({ store }, input) => move(store, 'lane', target(input).id, 1),
  }),
  defineAction({
    name: 'structure.removePhase',
    label: (t) => t('board:actions.removePhase'),
    undoable: true,
    perform: ({ store }, input) => {
      const { id, mode } = target(input);
      const doc = store.getState().doc;
      if (!id || !doc) return;
      // Ask what happens to the notes only when there are notes to lose.
      if (!mode && hasNotes(doc, 'phaseId', id)) return store.getState().openDialog({ kind: 'removePhase', id });
      commitDoc(store, (d) => removePhase(d, id, mode ?? 'deleteNotes'));
      store.getState().openDialog(null);
    },
  }),
  defineAction({
    name: 'structure.removeLane',
    label: (t) => t('board:actions.removeLane'),
    undoable: true,
    perform: ({ store }, input) => {
      const { id, mode } = target(input);
      const doc = store.getState().doc;
      if (!id || !doc) return;
      if (!mode && hasNotes(doc, 'laneId', id)) return store.getState().openDialog({ kind: 'removeLane', id });
      commitDoc(store, (d) => removeLane(d, id, mode ?? 'deleteNotes'));
      store.getState().openDialog(null);
    },
  }),
  defineAction({
    name: 'structure.toggleLaneHidden',
    label: (t) => t('board:actions.toggleLaneHidden'),
    undoable: true,
    perform: ({ store }, input) => {
      const { id } = target(input);
      if (id) commitDoc(store, (doc) => updateLane(doc, id, { hidden: !doc.lanes.find((l) => l.id === id)?.hidden }));
    },
  }),
  defineAction({
    name: 'structure.setLaneKind',
    label: (t) => t('board:actions.setLaneKind'),
    undoable: true,
    perform: ({ store }, input) => {
      const { id, kind } = target(input);
      if (id && kind && NOTE_KINDS.includes(kind)) commitDoc(store, (doc) => updateLane(doc, id, { kind }));
    },
  }),
];
