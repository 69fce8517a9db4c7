/**
 * Where the board's canvas is on screen, for things dragged from a panel onto it (catalogue
 * entries) and for DOM overlays pinned to board positions (guiding questions). The board marks
 * its canvas element with `data-board-canvas`; the committed camera maps screen to board,
 * which is exact whenever no pan or zoom gesture is running (and none is during a panel drag).
 */
import type { Point } from '../../shared/model';
import { screenToBoard } from '../canvas/stage/camera';
import type { BoardStore } from '../store/store';

export function boardCanvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-board-canvas]');
}

/** The board point under a client (viewport) point, or null when it is not over the canvas. */
export function boardPointAtClient(store: BoardStore, client: Point): Point | null {
  const canvas = boardCanvasElement();
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect();
  if (client.x < r.left || client.x > r.right || client.y < r.top || client.y > r.bottom) return null;
  // Something else on top (a panel, a dialog) takes the drop, not the board.
  const top = document.elementFromPoint(client.x, client.y);
  if (top && !canvas.contains(top) && top !== canvas) return null;
  return screenToBoard(store.getState().camera, { x: client.x - r.left, y: client.y - r.top });
}
