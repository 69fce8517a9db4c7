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

  /** Notes whose text grows with the scale, except one that already fills its note at 16 px. */
  const sizes = (free: number[], full: number[] = []) => (scale: number) => [...free.map((f) => f * scale), ...full];

  it('grows note text first, by the smallest tenth that makes every text legible', () => {
    const geometry = { ...fullHd, zoom: 1.2 };
    const e = enlargeForRoom({ fontSizesAt: sizes([16, 28]), currentFontScale: 1, geometry, thresholdPx: 24 });
    expect(e).toEqual({ kind: 'fontScale', fontScale: 1.3 });
    expect(textHeightOnProjector(16 * 1.3, geometry).referencePx).toBeGreaterThanOrEqual(24);
    expect(textHeightOnProjector(16 * 1.2, geometry).referencePx).toBeLessThan(24);
  });

  it('starts from the font scale already applied', () => {
    const e = enlargeForRoom({ fontSizesAt: sizes([16]), currentFontScale: 1.25, geometry: fullHd, thresholdPx: 24 });
    expect(e).toEqual({ kind: 'fontScale', fontScale: 1.5 });
  });

  it('zooms when text that fills its note cannot grow, or would pass the maximum scale', () => {
    const stuck = enlargeForRoom({ fontSizesAt: sizes([20], [16]), currentFontScale: 1, geometry: fullHd, thresholdPx: 24 });
    expect(stuck).toEqual({ kind: 'zoom', zoom: 1.5 });
    const far = enlargeForRoom({ fontSizesAt: sizes([16]), currentFontScale: 1, geometry: { ...fullHd, zoom: 0.25 }, thresholdPx: 24 });
    expect(far).toEqual({ kind: 'zoom', zoom: 1.5 });
    expect(1.5 / 0.25).toBeGreaterThan(MAX_FONT_SCALE);
  });

  it('does nothing when the text is already legible or there is none', () => {
    expect(enlargeForRoom({ fontSizesAt: sizes([30]), currentFontScale: 1, geometry: fullHd, thresholdPx: 24 })).toEqual({ kind: 'none' });
    expect(enlargeForRoom({ fontSizesAt: () => [], currentFontScale: 1, geometry: fullHd, thresholdPx: 24 })).toEqual({ kind: 'none' });
  });
});
