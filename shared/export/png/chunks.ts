/**
 * Reading and writing PNG chunks without decoding the picture: the journey travels inside the
 * exported PNG as an iTXt chunk (UTF-8 text, zlib-compressed), so that opening the PNG in the
 * app restores the editable journey. Splicing a chunk into a PNG the browser already encoded is
 * far faster than decoding and re-encoding the pixels.
 *
 * PNG layout (https://www.w3.org/TR/png-3/#5DataRep): an 8-byte signature, then chunks of
 * length (4, big-endian) + type (4 ASCII letters) + data + CRC-32 of type and data.
 */
import { crc32 } from './crc32';

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export interface PngChunk {
  type: string;
  /** Offset of the chunk's length field. */
  offset: number;
  /** Offset and length of the chunk's data. */
  dataStart: number;
  length: number;
  crcOk: boolean;
}

export type ChunkScan =
  | { ok: true; chunks: PngChunk[]; complete: boolean }
  | { ok: false; reason: 'notPng' | 'corrupt'; chunks: PngChunk[] };

/**
 * Lists the chunks in order, iteratively. `complete` is false when the file ends before IEND
 * (a cut-off download); a chunk type that is not four letters means the bytes are garbage.
 */
export function scanChunks(png: Uint8Array, options: { checkCrc?: (type: string) => boolean } = {}): ChunkScan {
  if (!hasPngSignature(png)) return { ok: false, reason: 'notPng', chunks: [] };
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = chunkType(png, offset + 4);
    if (!type) return { ok: false, reason: 'corrupt', chunks };
    const dataStart = offset + 8;
    if (length > png.length - dataStart - 4) {
      // The declared length runs past the end: this chunk was cut off.
      chunks.push({ type, offset, dataStart, length, crcOk: false });
      return { ok: true, chunks, complete: false };
    }
    const wantCrc = options.checkCrc ? options.checkCrc(type) : false;
    const crcOk = wantCrc ? crc32(png, offset + 4, dataStart + length) === view.getUint32(dataStart + length) : true;
    chunks.push({ type, offset, dataStart, length, crcOk });
    offset = dataStart + length + 4;
    if (type === 'IEND') return { ok: true, chunks, complete: true };
  }
  return { ok: true, chunks, complete: false };
}

function chunkType(png: Uint8Array, at: number): string | null {
  let type = '';
  for (let i = at; i < at + 4; i += 1) {
    const c = png[i]!;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!letter) return null;
    type += String.fromCharCode(c);
  }
  return type;
}

/** Builds one complete chunk (length, type, data, CRC). */
export function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * Inserts chunks right after IHDR (readers that stop at the image data still find them) and
 * drops existing chunks for which `remove` returns true (re-embedding replaces, never stacks).
 */
export function spliceChunks(png: Uint8Array, insert: Uint8Array[], remove: (chunk: PngChunk, png: Uint8Array) => boolean = () => false): Uint8Array {
  const scan = scanChunks(png);
  if (!scan.ok || !scan.complete || scan.chunks[0]?.type !== 'IHDR') throw new Error('not a complete PNG');
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const [i, chunk] of scan.chunks.entries()) {
    if (remove(chunk, png)) continue;
    parts.push(png.subarray(chunk.offset, chunk.dataStart + chunk.length + 4));
    if (i === 0) parts.push(...insert);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
