/**
 * THE camera arithmetic, for the board, the projector, the minimap, the thumbnail and the
 * actions: one definition of each function, the camera always the first argument. A camera
 * maps board to screen as `screen = board * zoom + (x, y)`, in CSS pixels.
 */
import type { Point, Rect } from '../model/grid';

export interface Camera {
  /** Screen position of the board origin, in CSS pixels. */
  x: number;
  y: number;
  zoom: number;
}

export interface Viewport {
  /** CSS pixels. */
  width: number;
  height: number;
}

/** 2% still shows a 10,000-note board whole on a laptop screen; 400% reads a note across a room. */
export const ZOOM_LIMITS = { min: 0.02, max: 4 } as const;

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, zoom));
}

export function screenToBoard(camera: Camera, point: Point): Point {
  return { x: (point.x - camera.x) / camera.zoom, y: (point.y - camera.y) / camera.zoom };
}

export function boardToScreen(camera: Camera, point: Point): Point {
  return { x: point.x * camera.zoom + camera.x, y: point.y * camera.zoom + camera.y };
}

/** The board rectangle a window of this size shows through this camera. */
export function visibleBoardRect(camera: Camera, viewport: Viewport): Rect {
  return {
    x: -camera.x / camera.zoom,
    y: -camera.y / camera.zoom,
    width: viewport.width / camera.zoom,
    height: viewport.height / camera.zoom,
  };
}

/** Zooms so the board point under `screenPoint` stays under it. */
export function zoomAround(camera: Camera, screenPoint: Point, zoom: number): Camera {
  const z = clampZoom(zoom);
  const board = screenToBoard(camera, screenPoint);
  return { zoom: z, x: screenPoint.x - board.x * z, y: screenPoint.y - board.y * z };
}

/** Zooms around the middle of the viewport: "enlarge for the room" keeps the middle where it was. */
export function zoomAroundCentre(camera: Camera, viewport: Viewport, zoom: number): Camera {
  return zoomAround(camera, { x: viewport.width / 2, y: viewport.height / 2 }, zoom);
}

export interface FitOptions {
  /** Screen pixels left free on every side; none by default. */
  margin?: number;
  /** Never closer than this (a single note must not fill the projector). */
  maxZoom?: number;
  /** The part of the viewport left free by overlays (minimap, bars); the whole viewport without it. */
  area?: Rect;
  /** Keep the zoom within ZOOM_LIMITS (the board, the projector); the minimap and thumbnail fit anything. */
  clamp?: boolean;
}

/** The camera that shows `rect` whole and centred in the viewport. */
export function fitRect(rect: Rect, viewport: Viewport, options: FitOptions = {}): Camera {
  const margin = options.margin ?? 0;
  const area = options.area ?? { x: 0, y: 0, width: viewport.width, height: viewport.height };
  const w = Math.max(1, area.width - 2 * margin);
  const h = Math.max(1, area.height - 2 * margin);
  const fitted = Math.min(w / Math.max(1, rect.width), h / Math.max(1, rect.height), options.maxZoom ?? Infinity);
  const zoom = options.clamp === false ? fitted : clampZoom(fitted);
  return {
    zoom,
    x: area.x + area.width / 2 - (rect.x + rect.width / 2) * zoom,
    y: area.y + area.height / 2 - (rect.y + rect.height / 2) * zoom,
  };
}

/**
 * The projector follows the facilitator: it shows at least what the facilitator's window
 * shows, scaled to the projector window. A wide projector next to a narrow laptop window
 * shows a little more at the sides rather than cutting anything off.
 */
export function followCamera(facilitator: Camera, facilitatorViewport: Viewport, projectorViewport: Viewport): Camera {
  return fitRect(visibleBoardRect(facilitator, facilitatorViewport), projectorViewport);
}

/** Zoom steps for + and -: the familiar stops, so that a few presses return to 100%. */
const STEPS = [0.02, 0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4];

export function nextZoomStep(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return STEPS.find((s) => s > zoom * 1.001) ?? ZOOM_LIMITS.max;
  return [...STEPS].reverse().find((s) => s < zoom / 1.001) ?? ZOOM_LIMITS.min;
}

/** Wheel delta to a zoom factor; pixels, lines and pages normalised to pixels. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-px * 0.0025);
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.zoom - b.zoom) < 1e-6;
}
