/** Pure camera arithmetic: screen <-> board, zoom around a point, fit a rect into the view. */
import type { Point, Rect } from '../../../shared/model';
import { ZOOM_LIMITS, type Camera } from '../../store/viewSlice';

export interface ViewSize {
  width: number;
  height: number;
}

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, zoom));
}

export function screenToBoard(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) / camera.zoom, y: (p.y - camera.y) / camera.zoom };
}

export function boardToScreen(camera: Camera, p: Point): Point {
  return { x: p.x * camera.zoom + camera.x, y: p.y * camera.zoom + camera.y };
}

/** The board area the camera shows. */
export function visibleRect(camera: Camera, size: ViewSize): Rect {
  return { x: -camera.x / camera.zoom, y: -camera.y / camera.zoom, width: size.width / camera.zoom, height: size.height / camera.zoom };
}

/** Zooms so the board point under `screenPoint` stays under it. */
export function zoomAround(camera: Camera, screenPoint: Point, zoom: number): Camera {
  const z = clampZoom(zoom);
  const board = screenToBoard(camera, screenPoint);
  return { zoom: z, x: screenPoint.x - board.x * z, y: screenPoint.y - board.y * z };
}

/** The camera that shows `rect` whole and centred, with a margin, no closer than `maxZoom`. */
export function fitRect(rect: Rect, size: ViewSize, options: { margin?: number; maxZoom?: number } = {}): Camera {
  const margin = options.margin ?? 48;
  const w = Math.max(1, size.width - 2 * margin);
  const h = Math.max(1, size.height - 2 * margin);
  const zoom = clampZoom(Math.min(w / Math.max(1, rect.width), h / Math.max(1, rect.height), options.maxZoom ?? ZOOM_LIMITS.max));
  return {
    zoom,
    x: size.width / 2 - (rect.x + rect.width / 2) * zoom,
    y: size.height / 2 - (rect.y + rect.height / 2) * zoom,
  };
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
