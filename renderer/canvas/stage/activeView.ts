/**
 * The board view on screen, if any: read by the read-only test hook (to tell tests where a
 * note is drawn) and by other helpers' panels that need to place things over the canvas.
 */
import type { BoardView } from './BoardView';

let active: BoardView | null = null;

export function setActiveView(view: BoardView | null): void {
  active = view;
}

export function activeView(): BoardView | null {
  return active;
}
