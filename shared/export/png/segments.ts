/**
 * A PNG compressed in parallel (issue 15): the picture's rows are cut into segments (bands),
 * each filtered and deflated on its own (in a worker), and the pieces joined into ONE zlib
 * stream, which is what PNG's IDAT chunks must carry.
 *
 * Joining works because every segment but the last ends with a sync flush (an empty stored
 * block, byte-aligned and not final: fflate's `flush(true)`); independent deflate streams may
 * be concatenated after it, as pigz does. The stream's Adler-32 is combined from the segments'
 * own checksums, so no thread reads all the bytes twice.
 */
import { Deflate } from 'fflate';
import { makeChunk, PNG_SIGNATURE } from './chunks';

const ADLER_MOD = 65521;
/** Bytes summed before a modulo without overflowing a double's exact integers (zlib's NMAX). */
const ADLER_NMAX = 5552;

export function adler32(data: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  let i = 0;
  while (i < data.length) {
    const end = Math.min(data.length, i + ADLER_NMAX);
    for (; i < end; i += 1) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of A followed by B, from adler(A), adler(B) and B's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_MOD;
  const a1 = first & 0xffff;
  const b1 = first >>> 16;
  const a2 = second & 0xffff;
  const b2 = second >>> 16;
  let sum1 = a1 + a2 - 1;
  let sum2 = (rem * a1) % ADLER_MOD;
  sum2 += b1 + b2 + ADLER_MOD - rem;
  sum1 %= ADLER_MOD;
  sum1 = (sum1 + ADLER_MOD) % ADLER_MOD;
  sum2 %= ADLER_MOD;
  return ((sum2 << 16) | sum1) >>> 0;
}

export interface SegmentInput {
  /** RGBA rows, `rows * width * 4` bytes. */
  rgba: Uint8Array;
  width: number;
  rows: number;
  /** The row just above this segment (for the Up filter), or null for the picture's first row. */
  above: Uint8Array | null;
  /** The picture's last segment ends the deflate stream. */
  last: boolean;
  level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

export interface SegmentOutput {
  deflated: Uint8Array;
  /** Adler-32 of the filtered bytes, and their count. */
  adler: number;
  length: number;
}

/**
 * Filters the rows with Up (the row minus the row above: a board is mostly flat paper, so rows
 * become mostly zero, which deflate compresses best) and deflates them.
 */
export function compressSegment(input: SegmentInput): SegmentOutput {
  const rowBytes = input.width * 4;
  const stride = rowBytes + 1;
  const filtered = new Uint8Array(input.rows * stride);
  const above = input.above ? new Uint8Array(input.above) : new Uint8Array(rowBytes);
  const rgba = input.rgba.byteOffset % 4 === 0 ? input.rgba : new Uint8Array(input.rgba);
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, (input.rows * rowBytes) / 4);
  const aboveWords = new Uint32Array(above.buffer, 0, rowBytes / 4);
  const diff = new Uint32Array(rowBytes / 4);
  const diffBytes = new Uint8Array(diff.buffer);
  for (let r = 0; r < input.rows; r += 1) {
    filtered[r * stride] = 2; // Up
    const rowStart = (r * rowBytes) / 4;
    const prev = r === 0 ? aboveWords : words;
    const prevStart = r === 0 ? 0 : rowStart - rowBytes / 4;
    // Four bytes at a time, without borrows between them (Hacker's Delight 2-18).
    for (let i = 0; i < diff.length; i += 1) {
      const x = words[rowStart + i]!;
      const y = prev[prevStart + i]!;
      diff[i] = ((x | 0x80808080) - (y & 0x7f7f7f7f)) ^ ((x ^ ~y) & 0x80808080);
    }
    filtered.set(diffBytes, r * stride + 1);
  }
  return { deflated: deflateSegment(filtered, input.last, input.level), adler: adler32(filtered), length: filtered.length };
}

/**
 * Deflates one segment. A segment that is not the last ends with a sync flush: the bits still
 * pending, then an empty non-final stored block (header 000, padding, LEN 0000, NLEN FFFF).
 * fflate 0.8.3's own `flush(true)` writes that block at a wrong bit position whenever bits are
 * pending (it passes its packed remainder as the position), so the block is written here from
 * the same state: `s.r` holds the pending bit count in its low 3 bits and their byte above.
 */
export function deflateSegment(data: Uint8Array, last: boolean, level: SegmentInput['level']): Uint8Array {
  const parts: Uint8Array[] = [];
  // fflate may reuse the buffer behind a chunk it handed over; keep copies (they are small).
  const deflate = new Deflate({ level, mem: 8 }, (chunk) => parts.push(chunk.slice()));
  if (last) {
    deflate.push(data, true);
    return concat(parts);
  }
  deflate.push(data, false);
  deflate.flush(false);
  const pending = (deflate as unknown as { s: { r?: number } }).s.r ?? 0;
  const bits = pending & 7;
  const partial = (pending >> 3) & ((1 << bits) - 1);
  // The 3 header bits are zero; they fit in the pending byte, or spill into one more.
  const head = bits + 3 > 8 ? [partial, 0] : [partial];
  parts.push(new Uint8Array([...head, 0x00, 0x00, 0xff, 0xff]));
  return concat(parts);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Largest IDAT chunk written: viewers stream them; 1 MB keeps every decoder happy. */
const IDAT_MAX = 1 << 20;

/** The PNG around the segments, in order: signature, IHDR, pHYs, extra chunks, IDAT…, IEND. */
export function assemblePng(options: {
  width: number;
  height: number;
  segments: readonly SegmentOutput[];
  extraChunks?: readonly Uint8Array[];
  pixelsPerMetre?: number;
}): Uint8Array {
  const parts: Uint8Array[] = [PNG_SIGNATURE];
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, options.width);
  view.setUint32(4, options.height);
  ihdr.set([8, 6, 0, 0, 0], 8); // depth 8, RGBA, deflate, adaptive filtering, no interlace
  parts.push(makeChunk('IHDR', ihdr));
  if (options.pixelsPerMetre) {
    const phys = new Uint8Array(9);
    const pv = new DataView(phys.buffer);
    pv.setUint32(0, options.pixelsPerMetre);
    pv.setUint32(4, options.pixelsPerMetre);
    phys[8] = 1;
    parts.push(makeChunk('pHYs', phys));
  }
  for (const chunk of options.extraChunks ?? []) parts.push(chunk);
  let adler = 1;
  for (const s of options.segments) adler = adler32Combine(adler, s.adler, s.length);
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler);
  // zlib header 0x78 0x01: deflate, 32K window, no preset dictionary (FCHECK makes it divisible by 31).
  const stream = [new Uint8Array([0x78, 0x01]), ...options.segments.map((s) => s.deflated), trailer];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flushIdat = () => {
    if (pendingBytes > 0) parts.push(makeChunk('IDAT', concat(pending)));
    pending = [];
    pendingBytes = 0;
  };
  for (const piece of stream) {
    for (let at = 0; at < piece.length; at += IDAT_MAX) {
      const slice = piece.subarray(at, Math.min(piece.length, at + IDAT_MAX));
      pending.push(slice);
      pendingBytes += slice.length;
      if (pendingBytes >= IDAT_MAX) flushIdat();
    }
  }
  flushIdat();
  parts.push(makeChunk('IEND', new Uint8Array(0)));
  return concat(parts);
}
