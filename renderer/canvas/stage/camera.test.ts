import { describe, expect, it } from 'vitest';
import { ZOOM_LIMITS } from '../../store/viewSlice';
import { boardToScreen, fitRect, nextZoomStep, screenToBoard, visibleRect, zoomAround } from './camera';

describe('camera', () => {
  it('converts between screen and board both ways', () => {
    const camera = { x: 100, y: -50, zoom: 2 };
    const p = { x: 33, y: 44 };
    expect(screenToBoard(camera, boardToScreen(camera, p))).toEqual(p);
    expect(visibleRect(camera, { width: 800, height: 600 })).toEqual({ x: -50, y: 25, width: 400, height: 300 });
  });

  it('keeps the point under the pointer fixed while zooming, within the limits', () => {
    const camera = { x: 10, y: 20, zoom: 1 };
    const pointer = { x: 400, y: 300 };
    const before = screenToBoard(camera, pointer);
    const zoomed = zoomAround(camera, pointer, 2.5);
    expect(screenToBoard(zoomed, pointer).x).toBeCloseTo(before.x);
    expect(screenToBoard(zoomed, pointer).y).toBeCloseTo(before.y);
    expect(zoomAround(camera, pointer, 1000).zoom).toBe(ZOOM_LIMITS.max);
    expect(zoomAround(camera, pointer, 0).zoom).toBe(ZOOM_LIMITS.min);
  });

  it('fits a rect centred with a margin', () => {
    const camera = fitRect({ x: 0, y: 0, width: 2000, height: 1000 }, { width: 1096, height: 600 }, { margin: 48 });
    expect(camera.zoom).toBeCloseTo(0.5);
    const centre = screenToBoard(camera, { x: 548, y: 300 });
    expect(centre.x).toBeCloseTo(1000);
    expect(centre.y).toBeCloseTo(500);
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 800 }, { maxZoom: 1 }).zoom).toBe(1);
  });

  it('steps through familiar zoom levels', () => {
    expect(nextZoomStep(1, 1)).toBe(1.25);
    expect(nextZoomStep(1, -1)).toBe(0.8);
    expect(nextZoomStep(0.9, 1)).toBe(1);
    expect(nextZoomStep(4, 1)).toBe(ZOOM_LIMITS.max);
  });
});
