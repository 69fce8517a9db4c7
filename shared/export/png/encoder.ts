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
import { Zlib } from 'fflate';
import { makeChunk, PNG_SIGNATURE } from './chunks';

export interface PngEncoderOptions {
  width: number;
  height: number;
  /** Complete chunks (e.g. the journey iTXt) written right after IHDR. */
  extraChunks?: Uint8Array[];
  /** zlib level; 6 is a good balance, lower is faster. */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Pixels per metre, so viewers show the export at its intended size (2x = 5669 at 72 dpi * 2). */
  pixelsPerMetre?: number;
}

/** The most pixels per side any PNG decoder we care about accepts (libpng's default limit). */
export const MAX_PNG_SIDE = 1_000_000;

export class PngStreamEncoder {
  private readonly parts: Uint8Array[] = [];
  private readonly zlib: Zlib;
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
    this.zlib = new Zlib({ level: options.level ?? 6, mem: 8 }, (data) => {
      if (data.length > 0) this.parts.push(makeChunk('IDAT', data));
    });
  }

  get rowsRemaining(): number {
    return this.options.height - this.rowsWritten;
  }

  /** Adds `rows` full rows of RGBA pixels (`rows * width * 4` bytes, top to bottom). */
  writeRows(rgba: Uint8Array | Uint8ClampedArray, rows: number): void {
    if (this.finished) throw new Error('PNG already finished');
    if (rows > this.rowsRemaining) throw new RangeError('more rows than the image has');
    if (rgba.length < rows * this.rowBytes) throw new RangeError('not enough pixel data');
    const stride = this.rowBytes + 1;
    const filtered = new Uint8Array(rows * stride);
    for (let r = 0; r < rows; r += 1) {
      const row = rgba.subarray(r * this.rowBytes, (r + 1) * this.rowBytes);
      const out = r * stride;
      filtered[out] = 2; // Up
      const prev = this.previous;
      for (let i = 0; i < this.rowBytes; i += 1) filtered[out + 1 + i] = (row[i]! - prev[i]!) & 0xff;
      this.previous = row instanceof Uint8Array ? row : new Uint8Array(row.buffer, row.byteOffset, row.length);
    }
    // The last row must outlive the caller's buffer, which it may reuse for the next band.
    this.previous = new Uint8Array(this.previous);
    this.rowsWritten += rows;
    this.zlib.push(filtered, false);
  }

  finish(): Uint8Array {
    if (this.rowsRemaining !== 0) throw new Error(`${this.rowsRemaining} rows missing`);
    if (!this.finished) {
      this.zlib.push(new Uint8Array(0), true);
      this.parts.push(makeChunk('IEND', new Uint8Array(0)));
      this.finished = true;
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
