/**
 * Pressing on a note: a click selects (Shift/Ctrl/Cmd toggles), a drag moves the selection on
 * the drag layer and commits one change on drop. Also resizing from a corner handle and
 * drawing a line from an edge handle.
 */
import { LIMITS, addConnector, cellAt, type Id, type Rect } from '../../../shared/model';
import { moveNotesBy, placeNotesAt } from '../../../shared/board/moveNotes';
import { noteLayout } from '../draw/drawNote';
import { noteTextLayouts } from '../draw/measure';
import { resizeRect, type Corner } from '../scene/handles';
import { movedEnough, type Gesture, type GestureEnv, type PointerSample } from './gesture';

export function moveNotesGesture(env: GestureEnv, id: Id, start: PointerSample): Gesture {
  const { view, store } = env;
  const wasSelected = store.getState().selectedNoteIds.has(id);
  if (!start.additive && !wasSelected) store.getState().select([id]);
  let dragging = false;
  let ids: Set<Id> = new Set();
  const grabbed = view.scene.note(id)?.rect;
  const end = () => {
    view.transient.drag = null;
    view.invalidate('notes', 'drag', 'overlay');
  };
  return {
    move(p) {
      if (!dragging) {
        if (!movedEnough(start, p)) return;
        dragging = true;
        const selection = store.getState().selectedNoteIds;
        ids = new Set(selection.has(id) ? selection : [...selection, id]);
        if (!selection.has(id)) store.getState().select(ids);
        view.transient.drag = { ids, dx: 0, dy: 0, target: null };
        // The notes layer redraws once without the dragged notes; after that, only the drag
        // and overlay layers redraw per frame.
        view.invalidate('notes');
      }
      const drag = view.transient.drag!;
      drag.dx = p.board.x - start.board.x;
      drag.dy = p.board.y - start.board.y;
      drag.target = grabbed
        ? cellAt({ x: grabbed.x + grabbed.width / 2 + drag.dx, y: grabbed.y + grabbed.height / 2 + drag.dy }, view.scene.layout)
        : null;
      view.invalidate('drag', 'overlay');
    },
    up() {
      if (!dragging) {
        const state = store.getState();
        if (start.additive) {
          const next = new Set(state.selectedNoteIds);
          if (wasSelected) next.delete(id);
          else next.add(id);
          state.select(next, state.selectedConnectorIds);
        } else state.select([id]);
        return;
      }
      const drag = view.transient.drag!;
      if (drag.dx !== 0 || drag.dy !== 0) env.edits.commit((doc) => moveNotesBy(doc, ids, drag.dx, drag.dy));
      end();
    },
    cancel: end,
  };
}

/** How tall a note must be for its text at the smallest legible size. */
export function neededHeight(env: GestureEnv, id: Id, width: number, height: number): number {
  const note = env.store.getState().doc?.notes[id];
  if (!note) return height;
  const layout = noteLayout({ ...note, width, height }, { theme: env.view.theme(), layouts: noteTextLayouts });
  return layout.fits ? height : Math.max(height, layout.neededHeight);
}

export function resizeNoteGesture(env: GestureEnv, id: Id, corner: Corner, start: PointerSample): Gesture {
  const { view } = env;
  const original = view.scene.note(id)?.rect;
  let rect: Rect | null = null;
  const end = () => {
    view.transient.resize = null;
    view.invalidate('notes', 'drag', 'overlay');
  };
  return {
    move(p) {
      if (!original) return;
      if (!view.transient.resize) view.invalidate('notes');
      rect = resizeRect(original, corner, p.board.x - start.board.x, p.board.y - start.board.y, LIMITS.noteSizeMin);
      view.transient.resize = { id, rect };
      view.invalidate('drag', 'overlay');
    },
    up() {
      if (rect) {
        // Whole board units: sizes typed into a file or shown in an inspector stay readable.
        const width = Math.min(LIMITS.noteSizeMax, Math.round(rect.width));
        const height = Math.min(LIMITS.noteSizeMax, Math.round(neededHeight(env, id, width, rect.height)));
        const final = { ...rect, width, height };
        env.edits.commit((doc) => placeNotesAt(doc, new Map([[id, final]])));
      }
      end();
    },
    cancel: end,
  };
}

export function connectGesture(env: GestureEnv, from: Id, start: PointerSample): Gesture {
  const { view, store } = env;
  view.transient.connect = { from, to: start.board, target: null };
  view.invalidate('overlay');
  const end = () => {
    view.transient.connect = null;
    view.invalidate('overlay');
  };
  return {
    move(p) {
      const under = view.scene.noteAt(p.board);
      view.transient.connect = { from, to: p.board, target: under && under.note.id !== from ? under.note.id : null };
      view.invalidate('overlay');
    },
    up() {
      const target = view.transient.connect?.target;
      if (target) {
        let created: Id | null = null;
        env.edits.commit((doc) => {
          const added = addConnector(doc, { from, to: target, arrow: true });
          created = added.connector?.id ?? null;
          return added.doc;
        });
        if (created) store.getState().select([], [created]);
      }
      end();
    },
    cancel: end,
  };
}
