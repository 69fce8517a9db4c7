import { decode, encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../../test/fixtures/fixtures';
import { scanChunks } from './chunks';
import { crc32 } from './crc32';
import { embedJourneyInPng, extractJourneyFromPng } from './journeyChunk';

function png(width = 3, height = 2): Uint8Array {
  return encode({ width, height, data: new Uint8Array(width * height * 4).fill(200), channels: 4 });
}

describe('journey chunk', () => {
  it('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('embeds and extracts the journey file, picture unchanged', () => {
    const original = png();
    const withJourney = embedJourneyInPng(original, fixtureText());
    expect(extractJourneyFromPng(withJourney, 1e8)).toEqual({ ok: true, text: fixtureText() });
    expect(decode(withJourney).data).toEqual(decode(original).data);
    const scan = scanChunks(withJourney);
    expect(scan.ok && scan.chunks.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
  });

  it('embedding twice replaces the journey instead of stacking a second one', () => {
    const once = embedJourneyInPng(png(), '{"a":1}');
    const twice = embedJourneyInPng(once, '{"b":2}');
    const scan = scanChunks(twice);
    expect(scan.ok && scan.chunks.filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(extractJourneyFromPng(twice, 1e8)).toEqual({ ok: true, text: '{"b":2}' });
  });

  it('reports a PNG without a journey, a cut-off chunk and a corrupted one', () => {
    expect(extractJourneyFromPng(png(), 1e8)).toEqual({ ok: false, reason: 'noJourney' });
    const full = embedJourneyInPng(png(), fixtureText());
    expect(extractJourneyFromPng(full.subarray(0, 60), 1e8)).toEqual({ ok: false, reason: 'chunkTruncated' });
    const flipped = new Uint8Array(full);
    flipped[80]! ^= 1;
    expect(extractJourneyFromPng(flipped, 1e8)).toEqual({ ok: false, reason: 'chunkCorrupt' });
  });

  it('refuses a chunk that inflates beyond the cap (zip bomb)', () => {
    const bomb = embedJourneyInPng(png(), ' '.repeat(5_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    expect(extractJourneyFromPng(bomb, 1_000_000)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('keeps non-Latin text intact (iTXt is UTF-8)', () => {
    const text = '{"title":"Größe – 日本語 – 😀"}';
    expect(extractJourneyFromPng(embedJourneyInPng(png(), text), 1e8)).toEqual({ ok: true, text });
  });
});
