/**
 * The first steps of reading a file: size, kind of bytes, text decoding. Pure functions over
 * bytes, so the browser's file input, Electron's open dialog and the tests share them.
 */
import { importError, type ImportError } from './result';

/** Checked on the file's size before a single byte is read (File.size, fs.stat). */
export function checkFileSize(bytes: number, limit: number): ImportError | null {
  if (bytes === 0) return importError('empty');
  if (bytes > limit) return importError('tooLarge', { bytes, limit });
  return null;
}

export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'gzip' | 'bmp' | 'tiff' | 'utf16';

const SIGNATURES: { kind: BinaryKind; bytes: number[]; offset?: number }[] = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // Zip also covers .docx, .xlsx and tldraw's and Miro's zipped exports.
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'bmp', bytes: [0x42, 0x4d] },
  { kind: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  // Notepad's "Unicode": UTF-16 with its byte order mark.
  { kind: 'utf16', bytes: [0xff, 0xfe] },
  { kind: 'utf16', bytes: [0xfe, 0xff] },
];

/** Recognises common binary files by their magic bytes. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  for (const sig of SIGNATURES) {
    const offset = sig.offset ?? 0;
    if (bytes.length >= offset + sig.bytes.length && sig.bytes.every((b, i) => bytes[offset + i] === b)) {
      // "BM" is also how a text could start; only call it a bitmap if it is not plain text.
      if (sig.kind === 'bmp' && bytes.length > 2 && bytes[2]! >= 0x20 && bytes[2]! < 0x7f) continue;
      return sig.kind;
    }
  }
  return null;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ImportError };

/**
 * UTF-8 only (that is what every JSON writer produces, RFC 8259). A byte order mark is
 * stripped (Windows editors add one); invalid sequences are refused rather than replaced with
 * U+FFFD, which would silently change the facilitator's words.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: importError('invalidUtf8') };
  }
  return checkText(text);
}

/** For text that is already decoded (Electron's main reads the file): the same checks. */
export function checkText(text: string): DecodeResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) return { ok: false, error: importError('empty') };
  // NUL never appears in a JSON text outside an escape; it means binary data.
  if (body.includes('\u0000')) return { ok: false, error: importError('binary', { kind: 'unknown' }) };
  return { ok: true, text: body };
}
