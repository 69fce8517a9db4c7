/** Creating, editing, recolouring and nudging notes. */
import { NOTE_COLOURS, updateNotes, type NoteColour, type NotePatch, type Point } from '../../shared/model';
import { screenToBoard } from '../../shared/camera/camera';
import { commitDoc } from './commit';
import { moveNotesBy } from '../../shared/board/moveNotes';
import { newNoteAt, newNoteInCell } from '../../shared/board/placement';
import { selectedConnectors, selectedNotes } from './selection';
import { defineAction, type Shortcut } from './types';

export const NUDGE = { small: 8, big: 48 } as const;

const arrows: [string, number, number][] = [
  ['ArrowLeft', -1, 0],
  ['ArrowRight', 1, 0],
  ['ArrowUp', 0, -1],
  ['ArrowDown', 0, 1],
];

const nudgeShortcuts: Shortcut[] = arrows.flatMap(([key, x, y]) => [
  { key, input: { dx: x * NUDGE.small, dy: y * NUDGE.small } },
  { key, shift: true, input: { dx: x * NUDGE.big, dy: y * NUDGE.big } },
]);

export const noteActions = [
  defineAction({
    name: 'note.new',
    group: 'note',
    label: (t) => t('board:actions.newNote'),
    shortcuts: [{ key: 'n' }],
    undoable: true,
    enabled: (store) => store.getState().doc !== null,
    perform: ({ store, viewport }, input) => {
      const state = store.getState();
      const doc = state.doc;
      if (!doc) return;
      // At the given point (double-click, context menu), else at the pointer, else in the
      // selected cell, else in the middle of the view.
      const at = (input as { at?: Point } | undefined)?.at ?? viewport.pointer();
      let note = at ? newNoteAt(doc, at) : null;
      if (!note && state.selectedCell) note = newNoteInCell(doc, state.selectedCell);
      if (!note) {
        const { width, height } = viewport.size();
        note = newNoteAt(doc, screenToBoard(viewport.camera(), { x: width / 2, y: height / 2 }));
      }
      state.clearSelection();
      state.startEditing({ kind: 'newNote', note });
    },
  }),
  defineAction({
    name: 'note.edit',
    group: 'note',
    label: (t) => t('board:actions.editNote'),
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    undoable: true,
    enabled: (store) => selectedNotes(store).length === 1 || selectedConnectors(store).length === 1,
    perform: ({ store }, input) => {
      const id = (input as { id?: string } | undefined)?.id;
      const notes = selectedNotes(store);
      const lines = selectedConnectors(store);
      if (id && store.getState().doc?.notes[id]) store.getState().startEditing({ kind: 'note', id });
      else if (notes.length === 1) store.getState().startEditing({ kind: 'note', id: notes[0]! });
      else if (lines.length === 1 && notes.length === 0) store.getState().startEditing({ kind: 'connectorLabel', id: lines[0]! });
    },
  }),
  defineAction({
    name: 'note.colour',
    group: 'note',
    label: (t) => t('board:actions.colour'),
    shortcuts: NOTE_COLOURS.map((colour, i) => ({ key: String(i + 1), input: colour })),
    undoable: true,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: ({ store }, input) => {
      const colour = input as NoteColour;
      if (!NOTE_COLOURS.includes(colour)) return;
      const patches = new Map<string, NotePatch>(selectedNotes(store).map((id) => [id, { colour }]));
      commitDoc(store, (doc) => updateNotes(doc, patches));
    },
  }),
  defineAction({
    name: 'note.nudge',
    group: 'note',
    label: (t) => t('board:actions.nudge'),
    shortcuts: nudgeShortcuts,
    undoable: true,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: ({ store }, input) => {
      const { dx = 0, dy = 0 } = (input as { dx?: number; dy?: number } | undefined) ?? {};
      const ids = selectedNotes(store);
      if (ids.length && (dx || dy)) commitDoc(store, (doc) => moveNotesBy(doc, ids, dx, dy));
    },
  }),
];
