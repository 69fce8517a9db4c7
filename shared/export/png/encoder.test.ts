import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { importJourneyBytes } from '../../format/importJourney';
import { fixtureText } from '../../../test/fixtures/fixtures';
import { scanChunks } from './chunks';
import { PngStreamEncoder } from './encoder';
import { JOURNEY_CHUNK_KEYWORD } from './journeyChunk';
import { makeITXtChunk } from './textChunks';

function pattern(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      data.set([(x * 7) & 255, (y * 13) & 255, (x ^ y) & 255, x % 5 === 0 ? 128 : 255], i);
    }
  }
  return data;
}

describe('PngStreamEncoder', () => {
  it.each(['native', 'fflate'] as const)('encodes rows given in bands of any size to the same pixels (%s deflate)', async (deflate) => {
    const width = 37;
    const height = 29;
    const pixels = pattern(width, height);
    const encoder = new PngStreamEncoder({ width, height, level: 3, deflate });
    let y = 0;
    for (const rows of [1, 5, 10, 13]) {
      // A reused buffer, as the exporter does band after band.
      const band = new Uint8Array(pixels.subarray(y * width * 4, (y + rows) * width * 4));
      await encoder.writeRows(band, rows);
      band.fill(0);
      y += rows;
    }
    const png = decode(await encoder.finish());
    expect([png.width, png.height, png.channels, png.depth]).toEqual([width, height, 4, 8]);
    expect(Buffer.from(png.data as Uint8Array).equals(Buffer.from(pixels))).toBe(true);
  });

  it('gives the same pixels from a buffer that is not 4-byte aligned (byte-wise filter)', async () => {
    const width = 9;
    const height = 7;
    const pixels = pattern(width, height);
    const unaligned = new Uint8Array(pixels.length + 1);
    unaligned.set(pixels, 1);
    const encoder = new PngStreamEncoder({ width, height });
    await encoder.writeRows(unaligned.subarray(1), height);
    expect(Buffer.from(decode(await encoder.finish()).data as Uint8Array).equals(Buffer.from(pixels))).toBe(true);
  });

  it('carries extra chunks (the journey) that the importer reads back', async () => {
    const encoder = new PngStreamEncoder({ width: 4, height: 4, extraChunks: [makeITXtChunk(JOURNEY_CHUNK_KEYWORD, fixtureText())], pixelsPerMetre: 5669 });
    await encoder.writeRows(pattern(4, 4), 4);
    const png = await encoder.finish();
    const scan = scanChunks(png, { checkCrc: () => true });
    // The image data may come in several IDAT chunks; they follow the text chunk, then IEND.
    expect(scan.ok && [...new Set(scan.chunks.map((c) => c.type))]).toEqual(['IHDR', 'pHYs', 'iTXt', 'IDAT', 'IEND']);
    expect(scan.ok && scan.chunks.every((c) => c.crcOk)).toBe(true);
    const result = importJourneyBytes(png);
    expect(result.ok && result.journey.title).toBe('Online-Shop Gartenmöbel: Kauf eines Loungesets');
  });

  it('refuses missing rows, extra rows and impossible sizes', async () => {
    const encoder = new PngStreamEncoder({ width: 2, height: 2 });
    await encoder.writeRows(pattern(2, 1), 1);
    await expect(encoder.finish()).rejects.toThrow(/rows missing/);
    await expect(encoder.writeRows(pattern(2, 2), 2)).rejects.toThrow(RangeError);
    expect(() => new PngStreamEncoder({ width: 0, height: 1 })).toThrow(RangeError);
  });

  it.each(['native', 'fflate'] as const)('encodes a wide board band by band (%s deflate; time printed)', async (deflate) => {
    const width = 20_000;
    const bandRows = 100;
    const band = new Uint8Array(width * bandRows * 4);
    for (let i = 0; i < band.length; i += 4) band.set(i % 4000 < 2000 ? [255, 241, 118, 255] : [255, 254, 249, 255], i);
    const encoder = new PngStreamEncoder({ width, height: bandRows * 2, level: 6, deflate });
    const started = performance.now();
    await encoder.writeRows(band, bandRows);
    await encoder.writeRows(band, bandRows);
    const bytes = await encoder.finish();
    const ms = performance.now() - started;
    console.log(`stream-encoded 20000 x 200 px (4 Mpx, ${deflate}) in ${Math.round(ms)} ms, ${bytes.length} bytes`);
    const png = decode(bytes);
    expect([png.width, png.height]).toEqual([width, bandRows * 2]);
    expect(Array.from(png.data.subarray(0, 4))).toEqual([255, 241, 118, 255]);
  });
});
