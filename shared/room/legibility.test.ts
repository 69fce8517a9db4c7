import { describe, expect, it } from 'vitest';
import {
  checkLegibility,
  clampThreshold,
  enlargeForRoom,
  LEGIBILITY_THRESHOLD,
  MAX_FONT_SCALE,
  textHeightOnProjector,
  zoomForLegibility,
} from './legibility';

const fullHd = { zoom: 1, deviceScale: 1, windowHeight: 1080 };

describe('text height on the projector', () => {
  it('is font size times zoom on a full HD projector', () => {
    expect(textHeightOnProjector(16, { ...fullHd, zoom: 1.5 })).toEqual({ devicePx: 24, referencePx: 24 });
  });

  it('counts device pixels but judges by the share of the picture', () => {
    // A 4K projector at device scale 2: twice the device pixels, the same share of the wall.
    const uhd = textHeightOnProjector(16, { zoom: 1.5, deviceScale: 2, windowHeight: 1080 });
    expect(uhd.devicePx).toBe(48);
    expect(uhd.referencePx).toBeCloseTo(24);
    // An old 1024x768 projector: the same text fills more of the picture.
    expect(textHeightOnProjector(16, { zoom: 1.5, deviceScale: 1, windowHeight: 768 }).referencePx).toBeCloseTo(33.75);
  });
});

describe('legibility check', () => {
  it('flags every text below the threshold and reports the smallest', () => {
    const report = checkLegibility([14, 20, 30, 0, Number.NaN], { ...fullHd, zoom: 1 }, 24);
    expect(report.legible).toBe(false);
    expect(report.illegibleCount).toBe(2);
    expect(report.smallestFontPx).toBe(14);
    expect(report.smallest?.referencePx).toBe(14);
  });

  it('passes when everything reaches the threshold, and with no text at all', () => {
    expect(checkLegibility([14, 20], { ...fullHd, zoom: 2 }, 24).legible).toBe(true);
    expect(checkLegibility([], fullHd, 24)).toMatchObject({ legible: true, smallest: null, smallestFontPx: null });
  });

  it('keeps the threshold within its limits', () => {
    expect(clampThreshold(2)).toBe(LEGIBILITY_THRESHOLD.min);
    expect(clampThreshold(500)).toBe(LEGIBILITY_THRESHOLD.max);
    expect(clampThreshold(Number.NaN)).toBe(LEGIBILITY_THRESHOLD.default);
    expect(clampThreshold(30.4)).toBe(30);
  });
});

describe('enlarge for the room', () => {
  it('finds the zoom at which text reaches the threshold', () => {
    expect(zoomForLegibility(12, { deviceScale: 1, windowHeight: 1080 }, 24)).toBe(2);
    expect(zoomForLegibility(12, { deviceScale: 1, windowHeight: 540 }, 24)).toBe(1);
  });

  it('grows note text first, rounded up to a tenth, so the picture keeps its extent', () => {
    const e = enlargeForRoom({ smallestFontPx: 16, currentFontScale: 1, geometry: { ...fullHd, zoom: 1.2 }, thresholdPx: 24 });
    expect(e).toEqual({ kind: 'fontScale', fontScale: 1.3 });
    if (e.kind !== 'fontScale') throw new Error('expected a font scale');
    expect(textHeightOnProjector(16 * e.fontScale, { ...fullHd, zoom: 1.2 }).referencePx).toBeGreaterThanOrEqual(24);
  });

  it('accounts for a font scale already applied', () => {
    const e = enlargeForRoom({ smallestFontPx: 20, currentFontScale: 1.25, geometry: { ...fullHd, zoom: 1 }, thresholdPx: 24 });
    expect(e).toEqual({ kind: 'fontScale', fontScale: 1.5 });
  });

  it('zooms in when text would have to grow past the maximum scale', () => {
    const geometry = { ...fullHd, zoom: 0.25 };
    const e = enlargeForRoom({ smallestFontPx: 16, currentFontScale: 1, geometry, thresholdPx: 24 });
    expect(e.kind).toBe('zoom');
    if (e.kind !== 'zoom') throw new Error('expected a zoom');
    expect(e.zoom).toBe(1.5);
    expect(1.5 / 0.25).toBeGreaterThan(MAX_FONT_SCALE);
  });

  it('does nothing when the text is already legible', () => {
    expect(enlargeForRoom({ smallestFontPx: 30, currentFontScale: 1, geometry: fullHd, thresholdPx: 24 })).toEqual({ kind: 'none' });
  });
});
