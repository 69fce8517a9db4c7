/**
 * What a gesture in progress looks like before it is committed to the store: dragged notes and
 * their offset, a resize, a marquee, a line being drawn, a header being moved. Gestures write
 * here and ask for a frame; the drag and overlay layers draw it; nothing here is undoable.
 */
import type { Cell, Id, Point, Rect } from '../../../shared/model';

export interface NoteDrag {
  ids: ReadonlySet<Id>;
  dx: number;
  dy: number;
  /** The cell the dragged notes would land in (by the grabbed note's centre). */
  target: Cell | null;
}

export interface HeaderMove {
  kind: 'phase' | 'lane';
  id: Id;
  /** Where the header is being dragged, on the axis it moves along (board units). */
  position: number;
  /** The index it would take if dropped now. */
  toIndex: number;
}

export interface Transient {
  drag: NoteDrag | null;
  resize: { id: Id; rect: Rect } | null;
  marquee: Rect | null;
  connect: { from: Id; to: Point; target: Id | null } | null;
  headerMove: HeaderMove | null;
  hoverNoteId: Id | null;
  /** A header edge under the pointer or being dragged: drawn highlighted. */
  hoverEdge: { kind: 'phase' | 'lane'; id: Id } | null;
}

export function emptyTransient(): Transient {
  return { drag: null, resize: null, marquee: null, connect: null, headerMove: null, hoverNoteId: null, hoverEdge: null };
}
