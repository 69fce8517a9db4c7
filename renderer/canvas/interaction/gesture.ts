/** The shape of a pointer gesture: started by a press on something, ended by release or Escape. */
import type { JourneyDoc, Point } from '../../../shared/model';
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

/**
 * The named actions a gesture may run. The app's registry implements them: the board passes its
 * runAction here, so a name missing from the registry fails to compile there.
 */
export type CanvasActionName = 'note.new' | 'structure.addPhase' | 'structure.addLane';

/** A change shown at once while a gesture runs (resizing a column), recorded as one undo step at the end. */
export interface TransientGestureEdit {
  update(recipe: (original: JourneyDoc) => JourneyDoc): void;
  commit(): void;
  cancel(): void;
}

/**
 * How gestures change the journey: the app's one path for journey edits, passed in, so the
 * canvas follows its rules (one undo step, cells grown to fit) without importing the actions.
 */
export interface GestureEdits {
  commit(recipe: (doc: JourneyDoc) => JourneyDoc): void;
  beginTransient(): TransientGestureEdit | null;
}

export interface GestureEnv {
  view: BoardView;
  store: BoardStore;
  run(name: CanvasActionName, input?: unknown): void;
  edits: GestureEdits;
}

/** A press becomes a drag after this many screen pixels; less is a click. */
export const DRAG_THRESHOLD_PX = 4;

export function movedEnough(a: PointerSample, b: PointerSample): boolean {
  return Math.hypot(a.screen.x - b.screen.x, a.screen.y - b.screen.y) >= DRAG_THRESHOLD_PX;
}
