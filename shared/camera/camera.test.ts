import { describe, expect, it } from 'vitest';
import { boardToScreen, fitRect, followCamera, screenToBoard, visibleBoardRect, zoomAroundCentre } from './camera';

describe('room camera', () => {
  it('fits a rectangle centred with a margin', () => {
    const cam = fitRect({ x: 100, y: 100, width: 1000, height: 500 }, { width: 1200, height: 700 }, { margin: 100 });
    expect(cam.zoom).toBe(1);
    expect(boardToScreen({ x: 100, y: 100 }, cam)).toEqual({ x: 100, y: 100 });
  });

  it('the projector shows at least what the facilitator sees, scaled to its size', () => {
    const facilitator = { x: -200, y: -100, zoom: 0.5 };
    const laptop = { width: 1280, height: 800 };
    const projector = { width: 1920, height: 1080 };
    const seen = visibleBoardRect(facilitator, laptop);
    const shown = visibleBoardRect(followCamera(facilitator, laptop, projector), projector);
    expect(shown.x).toBeLessThanOrEqual(seen.x + 1e-9);
    expect(shown.y).toBeLessThanOrEqual(seen.y + 1e-9);
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(seen.x + seen.width - 1e-9);
    expect(shown.y + shown.height).toBeGreaterThanOrEqual(seen.y + seen.height - 1e-9);
    // 800 laptop pixels high become 1080 projector pixels: the zoom grows by that ratio.
    expect(followCamera(facilitator, laptop, projector).zoom).toBeCloseTo(0.5 * (1080 / 800));
  });

  it('converts between screen and board points both ways', () => {
    const cam = { x: 30, y: -40, zoom: 2 };
    const p = { x: 123, y: 456 };
    expect(screenToBoard(boardToScreen(p, cam), cam)).toEqual(p);
  });

  it('zooms around the centre of the viewport and respects the limits', () => {
    const vp = { width: 1000, height: 600 };
    const cam = { x: 0, y: 0, zoom: 1 };
    const zoomed = zoomAroundCentre(cam, vp, 2);
    expect(screenToBoard({ x: 500, y: 300 }, zoomed)).toEqual({ x: 500, y: 300 });
    expect(zoomAroundCentre(cam, vp, 100).zoom).toBe(4);
  });
});
