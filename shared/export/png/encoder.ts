/**
 * A streaming PNG encoder for boards larger than one canvas: rows arrive band by band (drawn
 * tile by tile), are filtered and deflated as they come, and only the compressed bytes are
 * kept. A 40,000 x 4,000 px export never needs its 640 MB of raw pixels in memory at once,
 * which neither a single canvas (browsers cap canvas size) nor fast-png's whole-image encoder
 * could do.
 *
 * Colour type 6 (RGBA, 8 bits), no interlace. Every row uses the Up filter (difference to the
 * row above): a board is mostly flat paper and repeated notes, so rows are largely zero after
 * it, which deflate compresses best, at one subtraction per byte.
 */
import { makeChunk, PNG_SIGNATURE } from './chunks';
import { fflateSink, hasNativeDeflate, nativeSink, type ZlibSink } from './zlibSink';

export interface PngEncoderOptions {
  width: number;
  height: number;
  /** Complete chunks (e.g. the journey iTXt) written right after IHDR. */
  extraChunks?: Uint8Array[];
  /** fflate's zlib level when the platform has no CompressionStream (it uses its default, 6). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** 'native' (default where available) or 'fflate'. */
  deflate?: 'native' | 'fflate';
  /** Pixels per metre, so viewers show the export at its intended size (2x = 5669 at 72 dpi * 2). */
  pixelsPerMetre?: number;
}

/** The most pixels per side any PNG decoder we care about accepts (libpng's default limit). */
export const MAX_PNG_SIDE = 1_000_000;

export class PngStreamEncoder {
  private readonly parts: Uint8Array[] = [];
  private readonly zlib: ZlibSink;
  private readonly rowBytes: number;
  private previous: Uint8Array;
  private rowsWritten = 0;
  private finished = false;

  constructor(private readonly options: PngEncoderOptions) {
    const { width, height } = options;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) {
      throw new RangeError(`PNG size ${width} x ${height}`);
    }
    this.rowBytes = width * 4;
    this.previous = new Uint8Array(this.rowBytes);
    this.parts.push(PNG_SIGNATURE);
    const ihdr = new Uint8Array(13);
    const view = new DataView(ihdr.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    ihdr.set([8, 6, 0, 0, 0], 8); // depth 8, RGBA, deflate, adaptive filtering, no interlace
    this.parts.push(makeChunk('IHDR', ihdr));
    if (options.pixelsPerMetre) {
      const phys = new Uint8Array(9);
      const pv = new DataView(phys.buffer);
      pv.setUint32(0, options.pixelsPerMetre);
      pv.setUint32(4, options.pixelsPerMetre);
      phys[8] = 1;
      this.parts.push(makeChunk('pHYs', phys));
    }
    for (const chunk of options.extraChunks ?? []) this.parts.push(chunk);
    const onData = (data: Uint8Array) => {
      if (data.length > 0) this.parts.push(makeChunk('IDAT', data));
    };
    const native = (options.deflate ?? 'native') === 'native' && hasNativeDeflate();
    this.zlib = native ? nativeSink(onData) : fflateSink(options.level ?? 6, onData);
  }

  private diffBuffer: Uint8Array | null = null;

  /**
   * The row minus the row above, byte by byte (mod 256). Four bytes at a time where the
   * buffers are aligned (SWAR subtraction without borrows between bytes, Hacker's Delight
   * 2-18): the filter is otherwise the slowest part of encoding, slower than native deflate.
   */
  private upFilter(row: Uint8Array): Uint8Array {
    const out = (this.diffBuffer ??= new Uint8Array(this.rowBytes));
    const prev = this.previous;
    if (row.byteOffset % 4 === 0 && prev.byteOffset % 4 === 0) {
      const a = new Uint32Array(row.buffer, row.byteOffset, this.rowBytes / 4);
      const b = new Uint32Array(prev.buffer, prev.byteOffset, this.rowBytes / 4);
      const d = new Uint32Array(out.buffer, 0, this.rowBytes / 4);
      for (let i = 0; i < a.length; i += 1) {
        const x = a[i]!;
        const y = b[i]!;
        d[i] = ((x | 0x80808080) - (y & 0x7f7f7f7f)) ^ ((x ^ ~y) & 0x80808080);
      }
    } else {
      for (let i = 0; i < this.rowBytes; i += 1) out[i] = (row[i]! - prev[i]!) & 0xff;
    }
    return out;
  }

  get rowsRemaining(): number {
    return this.options.height - this.rowsWritten;
  }

  /** Adds `rows` full rows of RGBA pixels (`rows * width * 4` bytes, top to bottom). */
  async writeRows(rgba: Uint8Array | Uint8ClampedArray, rows: number): Promise<void> {
    if (this.finished) throw new Error('PNG already finished');
    if (rows > this.rowsRemaining) throw new RangeError('more rows than the image has');
    if (rgba.length < rows * this.rowBytes) throw new RangeError('not enough pixel data');
    const stride = this.rowBytes + 1;
    const filtered = new Uint8Array(rows * stride);
    const bytes = rgba instanceof Uint8Array ? rgba : new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.length);
    for (let r = 0; r < rows; r += 1) {
      const row = bytes.subarray(r * this.rowBytes, (r + 1) * this.rowBytes);
      filtered[r * stride] = 2; // Up
      filtered.set(this.upFilter(row), r * stride + 1);
      this.previous = row;
    }
    // The last row must outlive the caller's buffer, which it may reuse for the next band.
    this.previous = new Uint8Array(this.previous);
    this.rowsWritten += rows;
    await this.zlib.write(filtered);
  }

  async finish(): Promise<Uint8Array> {
    if (this.rowsRemaining !== 0) throw new Error(`${this.rowsRemaining} rows missing`);
    if (!this.finished) {
      this.finished = true;
      await this.zlib.close();
      this.parts.push(makeChunk('IEND', new Uint8Array(0)));
    }
    const total = this.parts.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}
