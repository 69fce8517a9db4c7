import { describe, expect, it } from 'vitest';
import { estimatePngBytes, MAIL_LIMIT_BYTES, proposeScale, SHARP_TEXT_PX } from './pngSize';

describe('PNG size and proposed scale', () => {
  it('estimates paper as cheap and notes as dear, growing with the area', () => {
    const paper = estimatePngBytes({ width: 4000, height: 2000, notePixels: 0 });
    const notes = estimatePngBytes({ width: 4000, height: 2000, notePixels: 4_000_000 });
    expect(notes).toBeGreaterThan(paper * 5);
    expect(estimatePngBytes({ width: 8000, height: 4000, notePixels: 16_000_000 })).toBeGreaterThan(notes * 3.5);
  });

  it('proposes 2x for a workshop board when text is sharp and the file small', () => {
    const p = proposeScale({ size1x: { width: 3000, height: 2000 }, notes1x: 1_500_000, smallestText: 14 });
    expect(p).toMatchObject({ scale: 2, sharp: true });
    expect(p.bytes).toBeLessThan(MAIL_LIMIT_BYTES);
  });

  it('goes as low as sharp text allows for a big board, and says so when the mail limit forces lower', () => {
    const big = proposeScale({ size1x: { width: 40_000, height: 15_000 }, notes1x: 200_000_000, smallestText: 14 });
    expect(big.bytes).toBeLessThanOrEqual(MAIL_LIMIT_BYTES);
    expect(big.sharp).toBe(false);
    expect(big.textPx).toBeLessThan(SHARP_TEXT_PX);
    const medium = proposeScale({ size1x: { width: 9_000, height: 5_000 }, notes1x: 12_000_000, smallestText: 14 });
    expect(medium.sharp).toBe(true);
    expect(medium.textPx).toBeGreaterThanOrEqual(SHARP_TEXT_PX - 0.1);
    expect(medium.bytes).toBeLessThanOrEqual(MAIL_LIMIT_BYTES);
  });
});
