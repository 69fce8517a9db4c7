/**
 * Dragging on the grid's headers: an edge resizes its column or lane (shown live, one undo
 * step on release, never narrower than its notes need); the header itself reorders.
 */
import { LIMITS, movePhase, moveLane, updateLane, updatePhase, type Id, type JourneyDoc } from '../../../shared/model';
import { movedEnough, type Gesture, type GestureEnv, type PointerSample } from './gesture';

const PADDING = 16;

/** The smallest width (or height) that still holds every note of the phase (or lane). */
export function minimumExtent(doc: JourneyDoc, kind: 'phase' | 'lane', id: Id): number {
  let needed: number = kind === 'phase' ? LIMITS.phaseWidthMin : LIMITS.laneHeightMin;
  for (const noteId in doc.notes) {
    const n = doc.notes[noteId]!;
    if (kind === 'phase' && n.phaseId === id && n.laneId !== null) needed = Math.max(needed, n.x + n.width + PADDING);
    if (kind === 'lane' && n.laneId === id && n.phaseId !== null) needed = Math.max(needed, n.y + n.height + PADDING);
  }
  return needed;
}

export function resizeHeaderGesture(env: GestureEnv, kind: 'phase' | 'lane', id: Id, start: PointerSample): Gesture {
  const { view, store } = env;
  const doc = store.getState().doc;
  const layout = view.scene.layout;
  const original = kind === 'phase' ? layout.columnById.get(id)?.width : layout.rowById.get(id)?.height;
  const edit = doc && original !== undefined ? env.edits.beginTransient() : null;
  const min = doc ? minimumExtent(doc, kind, id) : 0;
  const max = kind === 'phase' ? LIMITS.phaseWidthMax : LIMITS.laneHeightMax;
  view.transient.hoverEdge = { kind, id };
  const end = () => {
    view.transient.hoverEdge = null;
    view.invalidate('overlay');
  };
  return {
    move(p) {
      if (!edit || original === undefined) return;
      const delta = kind === 'phase' ? p.board.x - start.board.x : p.board.y - start.board.y;
      const extent = Math.round(Math.min(max, Math.max(min, original + delta)));
      edit.update((d) => (kind === 'phase' ? updatePhase(d, id, { width: extent }) : updateLane(d, id, { height: extent })));
    },
    up() {
      edit?.commit();
      end();
    },
    cancel() {
      edit?.cancel();
      end();
    },
  };
}

export function moveHeaderGesture(env: GestureEnv, kind: 'phase' | 'lane', id: Id, start: PointerSample): Gesture {
  const { view, store } = env;
  let dragging = false;
  const slots = () =>
    kind === 'phase'
      ? view.scene.layout.columns.map((c) => c.x + c.width / 2)
      : view.scene.layout.rows.map((r) => r.y + r.height / 2);
  const end = () => {
    view.transient.headerMove = null;
    view.invalidate('overlay');
  };
  return {
    move(p) {
      if (!dragging && !movedEnough(start, p)) return;
      dragging = true;
      const position = kind === 'phase' ? p.board.x : p.board.y;
      // The slot is the gap before the first header whose middle is past the pointer.
      const slot = slots().filter((centre) => centre < position).length;
      view.transient.headerMove = { kind, id, position, toIndex: slot };
      view.invalidate('overlay');
    },
    up() {
      const move = view.transient.headerMove;
      end();
      const doc = store.getState().doc;
      if (!move || !doc) return;
      const list = kind === 'phase' ? doc.phases : doc.lanes.filter((l) => !l.hidden);
      const from = list.findIndex((x) => x.id === id);
      const slot = move.toIndex;
      const visibleTo = slot > from ? slot - 1 : slot;
      if (from < 0 || visibleTo === from) return;
      if (kind === 'phase') env.edits.commit((d) => movePhase(d, id, visibleTo));
      else {
        // Hidden lanes keep their place in the full list: move next to the visible neighbour.
        const target = list[visibleTo]!;
        env.edits.commit((d) => moveLane(d, id, d.lanes.findIndex((l) => l.id === target.id)));
      }
    },
    cancel: end,
  };
}
