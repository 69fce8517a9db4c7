/**
 * Where the board's canvas is on screen, for things dragged from a panel onto it (catalogue
 * entries) and for DOM overlays pinned to board positions (guiding questions). Uses the board
 * view on screen (canvas/stage/activeView) and its live camera.
 */
import type { Point } from '../../shared/model';
import { activeView } from '../canvas/stage/activeView';

/** The board point under a client (viewport) point, or null when it is not over the canvas. */
export function boardPointAtClient(client: Point): Point | null {
  const view = activeView();
  if (!view) return null;
  const canvas = view.container;
  const r = canvas.getBoundingClientRect();
  if (client.x < r.left || client.x > r.right || client.y < r.top || client.y > r.bottom) return null;
  // Something else on top (a panel, a dialog) takes the drop, not the board.
  const top = document.elementFromPoint(client.x, client.y);
  if (top && !canvas.contains(top)) return null;
  return view.toBoard({ x: client.x - r.left, y: client.y - r.top });
}
