import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as camera from './camera';
import {
  boardToScreen,
  fitRect,
  followCamera,
  nextZoomStep,
  screenToBoard,
  visibleBoardRect,
  ZOOM_LIMITS,
  zoomAround,
  zoomAroundCentre,
} from './camera';

describe('the camera', () => {
  it('converts between screen and board both ways, camera first', () => {
    const cam = { x: 100, y: -50, zoom: 2 };
    const p = { x: 33, y: 44 };
    expect(screenToBoard(cam, boardToScreen(cam, p))).toEqual(p);
    expect(boardToScreen(cam, { x: 10, y: 10 })).toEqual({ x: 120, y: -30 });
    expect(visibleBoardRect(cam, { width: 800, height: 600 })).toEqual({ x: -50, y: 25, width: 400, height: 300 });
  });

  it('keeps the point under the pointer fixed while zooming, within the limits', () => {
    const cam = { x: 10, y: 20, zoom: 1 };
    const pointer = { x: 400, y: 300 };
    const before = screenToBoard(cam, pointer);
    const zoomed = zoomAround(cam, pointer, 2.5);
    expect(screenToBoard(zoomed, pointer).x).toBeCloseTo(before.x);
    expect(screenToBoard(zoomed, pointer).y).toBeCloseTo(before.y);
    expect(zoomAround(cam, pointer, 1000).zoom).toBe(ZOOM_LIMITS.max);
    expect(zoomAround(cam, pointer, 0).zoom).toBe(ZOOM_LIMITS.min);
  });

  it('zooms around the centre of the viewport and respects the limits', () => {
    const vp = { width: 1000, height: 600 };
    const cam = { x: 0, y: 0, zoom: 1 };
    const zoomed = zoomAroundCentre(cam, vp, 2);
    expect(screenToBoard(zoomed, { x: 500, y: 300 })).toEqual({ x: 500, y: 300 });
    expect(zoomAroundCentre(cam, vp, 100).zoom).toBe(4);
  });

  it('fits a rect centred, with no margin unless asked, clamped unless told not to', () => {
    const fitted = fitRect({ x: 0, y: 0, width: 2000, height: 1000 }, { width: 1096, height: 600 }, { margin: 48 });
    expect(fitted.zoom).toBeCloseTo(0.5);
    const centre = screenToBoard(fitted, { x: 548, y: 300 });
    expect(centre.x).toBeCloseTo(1000);
    expect(centre.y).toBeCloseTo(500);
    const exact = fitRect({ x: 100, y: 100, width: 1000, height: 500 }, { width: 1200, height: 700 }, { margin: 100 });
    expect(exact.zoom).toBe(1);
    expect(boardToScreen(exact, { x: 100, y: 100 })).toEqual({ x: 100, y: 100 });
    expect(fitRect({ x: 0, y: 0, width: 1000, height: 500 }, { width: 1000, height: 500 }).zoom).toBe(1);
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 800 }, { maxZoom: 1 }).zoom).toBe(1);
    const huge = { x: 0, y: 0, width: 100_000, height: 50_000 };
    expect(fitRect(huge, { width: 220, height: 140 }).zoom).toBe(ZOOM_LIMITS.min);
    expect(fitRect(huge, { width: 220, height: 140 }, { clamp: false }).zoom).toBeCloseTo(0.0022);
  });

  it('fits into the free part of the viewport when overlays cover the rest', () => {
    const area = { x: 0, y: 100, width: 800, height: 500 };
    const fitted = fitRect({ x: 0, y: 0, width: 800, height: 500 }, { width: 800, height: 600 }, { area });
    expect(fitted.zoom).toBe(1);
    expect(boardToScreen(fitted, { x: 0, y: 0 })).toEqual({ x: 0, y: 100 });
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

  it('steps through familiar zoom levels', () => {
    expect(nextZoomStep(1, 1)).toBe(1.25);
    expect(nextZoomStep(1, -1)).toBe(0.8);
    expect(nextZoomStep(0.9, 1)).toBe(1);
    expect(nextZoomStep(4, 1)).toBe(ZOOM_LIMITS.max);
  });
});

const ROOT = join(__dirname, '..', '..');
const SOURCE_FOLDERS = ['shared', 'renderer', 'electron', 'bench', 'scripts', 'test'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Where a file defines `name` as a function or a function-valued constant (not where it imports or calls it). */
function definitions(source: string, name: string): number {
  const pattern = new RegExp(`(?:function\\s+${name}\\s*[(<]|(?:const|let|var)\\s+${name}\\s*[:=]|^\\s*${name}\\s*\\([^)]*\\)\\s*[:{])`, 'gm');
  return source.match(pattern)?.length ?? 0;
}

describe('one camera module', () => {
  const names = Object.entries(camera)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);

  it('the rule recognises a definition, and not an import or a call', () => {
    expect(definitions('export function fitRect(rect: Rect) {}', 'fitRect')).toBe(1);
    expect(definitions('const clampZoom = (z: number) => z;', 'clampZoom')).toBe(1);
    expect(definitions('  screenToBoard(p: Point): Point {', 'screenToBoard')).toBe(1);
    expect(definitions("import { fitRect } from './camera';\nconst c = fitRect(r, v);", 'fitRect')).toBe(0);
  });

  it('defines every camera function once, here: no second copy anywhere in the repository', () => {
    expect(names).toEqual(expect.arrayContaining(['clampZoom', 'fitRect', 'screenToBoard', 'boardToScreen', 'visibleBoardRect', 'zoomAround']));
    const own = join(__dirname, 'camera.ts');
    const copies: string[] = [];
    for (const folder of SOURCE_FOLDERS) {
      for (const file of sourceFiles(join(ROOT, folder))) {
        if (file === own || file.endsWith('.test.ts')) continue;
        const text = readFileSync(file, 'utf8');
        for (const name of names) if (definitions(text, name) > 0) copies.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(copies).toEqual([]);
  });
});
