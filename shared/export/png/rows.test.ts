import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { assemblePng, RowCompressor, upFilterRows } from './rows';

function picture(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const inNote = x % 40 < 30 && y % 25 < 20;
      rgba.set([inNote ? 250 : 247, inNote ? (x * y) % 256 : 244, inNote ? 120 : 238, x % 97 === 0 ? 128 : 255], i);
    }
  }
  return rgba;
}

describe('PNG rows', () => {
  it('filters each row against the one above, the first against the previous band', () => {
    const rgba = new Uint8Array([10, 20, 30, 40, 15, 20, 25, 45]);
    expect([...upFilterRows(rgba, 1, 2, null)]).toEqual([2, 10, 20, 30, 40, 2, 5, 0, 251, 5]);
    expect([...upFilterRows(rgba.subarray(4), 1, 1, rgba.subarray(0, 4))]).toEqual([2, 5, 0, 251, 5]);
  });

  it('compresses bands in order into one PNG that decodes to the same pixels', async () => {
    const width = 301;
    const height = 157;
    const rgba = picture(width, height);
    const compressor = new RowCompressor(width);
    const cuts = [0, 40, 41, 120, height];
    for (let s = 0; s + 1 < cuts.length; s += 1) {
      await compressor.write(rgba.slice(cuts[s]! * width * 4, cuts[s + 1]! * width * 4), cuts[s + 1]! - cuts[s]!);
    }
    const png = assemblePng({ width, height, zlib: await compressor.finish(), pixelsPerMetre: 5669 });
    const decoded = decode(png);
    expect([decoded.width, decoded.height, decoded.channels]).toEqual([width, height, 4]);
    expect(Buffer.from(decoded.data as Uint8Array).equals(Buffer.from(rgba))).toBe(true);
  });
});
