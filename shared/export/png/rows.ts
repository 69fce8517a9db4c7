/**
 * The pieces of a PNG export that work on rows (issue 15): the Up filter, and the file around
 * a zlib stream of filtered rows. The rows are compressed in a worker (renderer/export/png)
 * while the window draws the next band.
 */
import { makeChunk, PNG_SIGNATURE } from './chunks';
import { fflateSink, hasNativeDeflate, nativeSink, type ZlibSink } from './zlibSink';

/**
 * Filters rows with Up (each row minus the row above): a board is mostly flat paper and flat
 * notes, so rows become mostly zero, which deflate compresses best. Four bytes at a time,
 * without borrows between them (Hacker's Delight 2-18). `above` is the row before the first
 * (null at the top of the picture). Returns the rows with their filter-type bytes.
 */
export function upFilterRows(rgba: Uint8Array, width: number, rows: number, above: Uint8Array | null): Uint8Array {
  const rowBytes = width * 4;
  const stride = rowBytes + 1;
  const filtered = new Uint8Array(rows * stride);
  const top = above ? new Uint8Array(above) : new Uint8Array(rowBytes);
  const source = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba);
  const words = new Uint32Array(source.buffer, source.byteOffset, (rows * rowBytes) / 4);
  const topWords = new Uint32Array(top.buffer, 0, rowBytes / 4);
  const diff = new Uint32Array(rowBytes / 4);
  const diffBytes = new Uint8Array(diff.buffer);
  for (let r = 0; r < rows; r += 1) {
    filtered[r * stride] = 2; // Up
    const start = (r * rowBytes) / 4;
    const prev = r === 0 ? topWords : words;
    const prevStart = r === 0 ? 0 : start - rowBytes / 4;
    for (let i = 0; i < diff.length; i += 1) {
      const x = words[start + i]!;
      const y = prev[prevStart + i]!;
      diff[i] = ((x | 0x80808080) - (y & 0x7f7f7f7f)) ^ ((x ^ ~y) & 0x80808080);
    }
    filtered.set(diffBytes, r * stride + 1);
  }
  return filtered;
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

/** The PNG around a zlib stream of filtered RGBA rows: signature, IHDR, pHYs, extra chunks, IDAT…, IEND. */
export function assemblePng(options: {
  width: number;
  height: number;
  zlib: readonly Uint8Array[];
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
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pendingBytes > 0) parts.push(makeChunk('IDAT', concat(pending)));
    pending = [];
    pendingBytes = 0;
  };
  for (const piece of options.zlib) {
    for (let at = 0; at < piece.length; at += IDAT_MAX) {
      const slice = piece.subarray(at, Math.min(piece.length, at + IDAT_MAX));
      pending.push(slice);
      pendingBytes += slice.length;
      if (pendingBytes >= IDAT_MAX) flush();
    }
  }
  flush();
  parts.push(makeChunk('IEND', new Uint8Array(0)));
  return concat(parts);
}

/**
 * Filters and deflates the rows of one picture in order, keeping the compressed bytes: the
 * platform's zlib (CompressionStream, several times faster than JavaScript) or fflate where
 * that is missing.
 */
export class RowCompressor {
  private readonly chunks: Uint8Array[] = [];
  private readonly sink: ZlibSink;
  private above: Uint8Array | null = null;

  constructor(private readonly width: number) {
    const onData = (data: Uint8Array) => this.chunks.push(data);
    this.sink = hasNativeDeflate() ? nativeSink(onData) : fflateSink(6, onData);
  }

  async write(rgba: Uint8Array, rows: number): Promise<void> {
    const filtered = upFilterRows(rgba, this.width, rows, this.above);
    this.above = rgba.slice((rows - 1) * this.width * 4, rows * this.width * 4);
    await this.sink.write(filtered);
  }

  /** The zlib stream, in pieces. */
  async finish(): Promise<Uint8Array[]> {
    await this.sink.close();
    return this.chunks;
  }
}
