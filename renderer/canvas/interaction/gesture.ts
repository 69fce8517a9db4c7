/** The shape of a pointer gesture: started by a press on something, ended by release or Escape. */
import type { Point } from '../../../shared/model';
import type { ActionName } from '../../actions/registry';
import type { BoardStore } from '../../store/store';
import type { BoardView } from '../stage/BoardView';

export interface PointerSample {
  /** Relative to the canvas, in CSS pixels. */
  screen: Point;
  board: Point;
  shift: boolean;
  /** Shift, Ctrl or Cmd: adds to or toggles the selection. */
  additive: boolean;
}

export interface Gesture {
  move(p: PointerSample): void;
  up(p: PointerSample): void;
  cancel(): void;
}

export interface GestureEnv {
  view: BoardView;
  store: BoardStore;
  run(name: ActionName, input?: unknown): void;
}

/** A press becomes a drag after this many screen pixels; less is a click. */
export const DRAG_THRESHOLD_PX = 4;

export function movedEnough(a: PointerSample, b: PointerSample): boolean {
  return Math.hypot(a.screen.x - b.screen.x, a.screen.y - b.screen.y) >= DRAG_THRESHOLD_PX;
}
