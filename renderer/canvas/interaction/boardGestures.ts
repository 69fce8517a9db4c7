/** Pressing on empty paper: a click selects the cell, a drag draws a marquee; and panning. */
import { cellAt, type Id } from '../../../shared/model';
import { rectFromPoints } from '../draw/geometry';
import { movedEnough, type Gesture, type GestureEnv, type PointerSample } from './gesture';

export function marqueeGesture(env: GestureEnv, start: PointerSample): Gesture {
  const { view, store } = env;
  const initial: ReadonlySet<Id> = start.additive ? store.getState().selectedNoteIds : new Set();
  let dragging = false;
  const end = () => {
    view.transient.marquee = null;
    view.invalidate('overlay');
  };
  return {
    move(p) {
      if (!dragging && !movedEnough(start, p)) return;
      dragging = true;
      const area = rectFromPoints(start.board, p.board);
      view.transient.marquee = area;
      store.getState().select(new Set([...initial, ...view.scene.notesIn(area)]));
      view.invalidate('overlay');
    },
    up(p) {
      if (dragging) return end();
      const state = store.getState();
      if (!start.additive) state.clearSelection();
      state.selectCell(cellAt(p.board, view.scene.layout));
    },
    cancel: end,
  };
}

export function panGesture(env: GestureEnv, start: PointerSample): Gesture {
  const { view } = env;
  const from = view.camera();
  view.container.dataset.panning = 'true';
  const end = () => {
    delete view.container.dataset.panning;
    view.commitCamera();
  };
  return {
    move(p) {
      view.setCamera({ ...from, x: from.x + p.screen.x - start.screen.x, y: from.y + p.screen.y - start.screen.y }, 'settle');
    },
    up: end,
    cancel: end,
  };
}
