/**
 * Camera geometry for the room: which part of the board a window shows, and the camera that
 * shows a given part in another window. A camera maps board to screen as
 * `screen = board * zoom + (x, y)`, the same convention as the board's view slice.
 */
import type { Rect } from '../model/grid';

export interface RoomCamera {
  x: number;
  y: number;
  zoom: number;
}

export interface Viewport {
  /** CSS pixels. */
  width: number;
  height: number;
}

/** The same limits as the board's camera (renderer/store/viewSlice ZOOM_LIMITS). */
export const ROOM_ZOOM_LIMITS = { min: 0.02, max: 4 } as const;

function clampZoom(zoom: number): number {
  return Math.min(ROOM_ZOOM_LIMITS.max, Math.max(ROOM_ZOOM_LIMITS.min, zoom));
}

/** The board rectangle a window of this size shows through this camera. */
export function visibleBoardRect(camera: RoomCamera, viewport: Viewport): Rect {
  return {
    x: -camera.x / camera.zoom,
    y: -camera.y / camera.zoom,
    width: viewport.width / camera.zoom,
    height: viewport.height / camera.zoom,
  };
}

/**
 * The camera that fits a board rectangle into a viewport, centred, with a margin in screen
 * pixels on every side. The zoom is clamped to the board's limits.
 */
export function fitRect(rect: Rect, viewport: Viewport, options: { margin?: number; maxZoom?: number } = {}): RoomCamera {
  const margin = options.margin ?? 0;
  const availableW = Math.max(1, viewport.width - 2 * margin);
  const availableH = Math.max(1, viewport.height - 2 * margin);
  const w = Math.max(1, rect.width);
  const h = Math.max(1, rect.height);
  const zoom = clampZoom(Math.min(availableW / w, availableH / h, options.maxZoom ?? ROOM_ZOOM_LIMITS.max));
  return {
    zoom,
    x: viewport.width / 2 - (rect.x + rect.width / 2) * zoom,
    y: viewport.height / 2 - (rect.y + rect.height / 2) * zoom,
  };
}

/**
 * The projector follows the facilitator: it shows at least what the facilitator's window
 * shows, scaled to the projector window. A wide projector next to a narrow laptop window
 * shows a little more at the sides rather than cutting anything off.
 */
export function followCamera(facilitator: RoomCamera, facilitatorViewport: Viewport, projectorViewport: Viewport): RoomCamera {
  return fitRect(visibleBoardRect(facilitator, facilitatorViewport), projectorViewport);
}

/** Turns a screen point into a board point through a camera (for the laser pointer). */
export function screenToBoard(point: { x: number; y: number }, camera: RoomCamera): { x: number; y: number } {
  return { x: (point.x - camera.x) / camera.zoom, y: (point.y - camera.y) / camera.zoom };
}

export function boardToScreen(point: { x: number; y: number }, camera: RoomCamera): { x: number; y: number } {
  return { x: point.x * camera.zoom + camera.x, y: point.y * camera.zoom + camera.y };
}

/**
 * The camera that zooms by `factor` around the centre of the viewport: "enlarge for the room"
 * keeps the middle of the picture where it was.
 */
export function zoomAroundCentre(camera: RoomCamera, viewport: Viewport, zoom: number): RoomCamera {
  const next = clampZoom(zoom);
  const centre = screenToBoard({ x: viewport.width / 2, y: viewport.height / 2 }, camera);
  return { zoom: next, x: viewport.width / 2 - centre.x * next, y: viewport.height / 2 - centre.y * next };
}
