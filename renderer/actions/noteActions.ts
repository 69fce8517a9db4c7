/** Creating, editing, recolouring and nudging notes. */
import { NOTE_COLOURS, updateNotes, type NoteColour, type NotePatch, type Point } from '../../shared/model';
import { screenToBoard } from '../../shared/camera/camera';
import { commitDoc } from './commit';
import { moveNotesBy } from '../../shared/board/moveNotes';
import { newNoteAt, newNoteInCell } from '../../shared/board/placement';
import { selectedConnectors, selectedNotes } from './selection';
import { defineAction } from './types';

export const noteActions = [
  defineAction({
    name: 'note.new',
    label: (t) => t('board:actions.newNote'),
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
    label: (t) => t('board:actions.editNote'),
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
    label: (t) => t('board:actions.colour'),
    undoable: true,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: ({ store }, input) => {
      // The digit keys pass the colour's index in the palette; buttons pass the colour itself.
      const colour = (typeof input === 'number' ? NOTE_COLOURS[input] : input) as NoteColour;
      if (!NOTE_COLOURS.includes(colour)) return;
      const patches = new Map<string, NotePatch>(selectedNotes(store).map((id) => [id, { colour }]));
      commitDoc(store, (doc) => updateNotes(doc, patches));
    },
  }),
  defineAction({
    name: 'note.nudge',
    label: (t) => t('board:actions.nudge'),
    undoable: true,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: ({ store }, input) => {
      const { dx = 0, dy = 0 } = (input as { dx?: number; dy?: number } | undefined) ?? {};
      const ids = selectedNotes(store);
      if (ids.length && (dx || dy)) commitDoc(store, (doc) => moveNotesBy(doc, ids, dx, dy));
    },
  }),
];
