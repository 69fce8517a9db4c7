/**
 * PNG text chunks: iTXt carries the journey (UTF-8, unlike tEXt and zTXt which are Latin-1 and
 * would mangle every umlaut); tEXt and zTXt keywords are read only to recognise other apps'
 * PNGs (Excalidraw and draw.io embed their scenes the same way).
 */
import { Unzlib, zlibSync } from 'fflate';
import { makeChunk, type PngChunk } from './chunks';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** An iTXt chunk with zlib-compressed UTF-8 text (compression flag 1, method 0). */
export function makeITXtChunk(keyword: string, text: string): Uint8Array {
  const body = zlibSync(new TextEncoder().encode(text), { level: 6 });
  const key = latin1(keyword);
  // keyword \0, compression flag 1, method 0, empty language tag \0, empty translated keyword \0
  const header = new Uint8Array(key.length + 5);
  header.set(key, 0);
  header.set([0, 1, 0, 0, 0], key.length);
  const data = new Uint8Array(header.length + body.length);
  data.set(header, 0);
  data.set(body, header.length);
  return makeChunk('iTXt', data);
}

/** The keyword of a tEXt, zTXt or iTXt chunk (up to the first NUL, at most 79 bytes). */
export function textChunkKeyword(png: Uint8Array, chunk: PngChunk): string | null {
  if (chunk.type !== 'tEXt' && chunk.type !== 'zTXt' && chunk.type !== 'iTXt') return null;
  const end = Math.min(chunk.dataStart + chunk.length, chunk.dataStart + 80, png.length);
  let keyword = '';
  for (let i = chunk.dataStart; i < end; i += 1) {
    if (png[i] === 0) return keyword;
    keyword += String.fromCharCode(png[i]!);
  }
  return null;
}

export type ITXtRead = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'tooLarge' };

/**
 * Reads an iTXt chunk's text. Inflating is streamed with a cap, so a small chunk that would
 * inflate to gigabytes (a zip bomb) is refused instead of exhausting memory.
 */
export function readITXt(png: Uint8Array, chunk: PngChunk, maxBytes: number): ITXtRead {
  const data = png.subarray(chunk.dataStart, chunk.dataStart + chunk.length);
  let i = data.indexOf(0);
  if (i < 1 || i + 2 >= data.length) return { ok: false, reason: 'corrupt' };
  const compressed = data[i + 1] === 1;
  if (data[i + 2] !== 0) return { ok: false, reason: 'corrupt' };
  i += 3;
  const languageEnd = data.indexOf(0, i);
  if (languageEnd === -1) return { ok: false, reason: 'corrupt' };
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd === -1) return { ok: false, reason: 'corrupt' };
  const body = data.subarray(translatedEnd + 1);
  let bytes: Uint8Array;
  if (compressed) {
    const inflated = inflateCapped(body, maxBytes);
    if (!inflated.ok) return inflated;
    bytes = inflated.bytes;
  } else {
    if (body.length > maxBytes) return { ok: false, reason: 'tooLarge' };
    bytes = body;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

function inflateCapped(body: Uint8Array, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'tooLarge' } {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  let tooLarge = false;
  const inflater = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else parts.push(chunk);
    if (final) ended = true;
  });
  try {
    // 16 KB of input inflates to at most ~16 MB (deflate's ratio is bounded near 1032:1).
    const step = 16 * 1024;
    for (let at = 0; at < body.length && !tooLarge; at += step) {
      inflater.push(body.subarray(at, Math.min(body.length, at + step)), at + step >= body.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'tooLarge' };
  if (!ended) return { ok: false, reason: 'corrupt' };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { ok: true, bytes };
}
