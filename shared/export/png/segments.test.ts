import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, assemblePng, compressSegment, deflateSegment, type SegmentOutput } from './segments';

function picture(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const inNote = x % 40 < 30 && y % 25 < 20;
      rgba[i] = inNote ? 250 : 247;
      rgba[i + 1] = inNote ? (x * y) % 256 : 244;
      rgba[i + 2] = inNote ? 120 : 238;
      rgba[i + 3] = x % 97 === 0 ? 128 : 255;
    }
  }
  return rgba;
}

describe('PNG compressed in segments', () => {
  it('combines Adler-32 checksums like one pass over all bytes', () => {
    const a = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const b = new Uint8Array(12_345).map((_, i) => (i * 7 + 3) % 256);
    const whole = new Uint8Array([...a, ...b]);
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(whole));
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('joins independently deflated bands into one PNG that decodes to the same pixels', () => {
    const width = 301;
    const height = 157;
    const rgba = picture(width, height);
    const cuts = [0, 40, 41, 120, height];
    const segments: SegmentOutput[] = [];
    for (let s = 0; s + 1 < cuts.length; s += 1) {
      const from = cuts[s]!;
      const to = cuts[s + 1]!;
      segments.push(
        compressSegment({
          rgba: rgba.slice(from * width * 4, to * width * 4),
          width,
          rows: to - from,
          above: from === 0 ? null : rgba.slice((from - 1) * width * 4, from * width * 4),
          last: to === height,
          level: 2,
        }),
      );
    }
    const png = assemblePng({ width, height, segments, pixelsPerMetre: 5669 });
    const decoded = decode(png);
    expect([decoded.width, decoded.height, decoded.channels]).toEqual([width, height, 4]);
    expect(Buffer.from(decoded.data as Uint8Array).equals(Buffer.from(rgba))).toBe(true);
  });
});

describe('deflateSegment', () => {
  it('ends every non-final segment on a byte boundary that another stream can follow', async () => {
    const { inflateSync } = await import('fflate');
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff;
    for (const size of [0, 10, 1205, 5000, 70_000]) {
      for (const kind of ['random', 'flat', 'mixed'] as const) {
        for (const level of [1, 2, 6] as const) {
          const data = new Uint8Array(size).map((_, i) => (kind === 'random' ? random() : kind === 'flat' ? 0 : i % 50 < 10 ? random() : 7));
          const tail = new Uint8Array(100).fill(3);
          const joined = new Uint8Array([0x78, 0x01, ...deflateSegment(data, false, level), ...deflateSegment(tail, true, level), 0, 0, 0, 0]);
          const all = new Uint8Array([...data, ...tail]);
          const trailer = adler32(all);
          new DataView(joined.buffer).setUint32(joined.length - 4, trailer);
          expect(Buffer.from(inflateSync(joined.subarray(2, joined.length - 4))).equals(Buffer.from(all))).toBe(true);
        }
      }
    }
  });
});
