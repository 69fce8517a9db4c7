/**
 * Pictures inside a journey (the persona's photo) are untrusted bytes. Only PNG, JPEG and WebP
 * are accepted, recognised by their magic bytes rather than the declared type, with bounded
 * dimensions read from the header (a 30000 x 30000 "pixel bomb" is a small file that would need
 * 3.6 GB to decode). SVG is refused (it can carry script and remote references), and so is any
 * remote URL: it would be a request from an offline app and would taint the canvas, which
 * breaks PNG export.
 */
export type PictureType = 'png' | 'jpeg' | 'webp';

export const MAX_PICTURE_SIDE = 4096;
export const MAX_PICTURE_PIXELS = 4096 * 4096;
/** Same bound as PersonaSchema.picture. */
export const MAX_PICTURE_DATA_URL_LENGTH = 3_000_000;

export type PictureRejection =
  | 'notDataUrl'
  | 'unsupportedType'
  | 'corruptBase64'
  | 'tooLarge'
  | 'unreadableHeader'
  | 'tooManyPixels';

export type PictureCheck =
  | { ok: true; dataUrl: string; type: PictureType; width: number; height: number; relabelled: boolean }
  | { ok: false; reason: PictureRejection };

const DATA_URL = /^data:([a-z0-9.+-]+\/[a-z0-9.+-]+);base64,(.*)$/is;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function sniffImageType(bytes: Uint8Array): PictureType | null {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return null;
}

/** Width and height from the image header, without decoding pixels; null when unreadable. */
export function imageDimensions(bytes: Uint8Array, type: PictureType): { width: number; height: number } | null {
  switch (type) {
    case 'png':
      return pngDimensions(bytes);
    case 'jpeg':
      return jpegDimensions(bytes);
    case 'webp':
      return webpDimensions(bytes);
  }
}

/** Strict base64 (standard alphabet, padded): anything else is corrupt, not guessed at. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function checkPictureDataUrl(url: string): PictureCheck {
  if (url.length > MAX_PICTURE_DATA_URL_LENGTH) return { ok: false, reason: 'tooLarge' };
  const match = DATA_URL.exec(url);
  if (!match) return { ok: false, reason: 'notDataUrl' };
  const declared = match[1]!.toLowerCase();
  if (!['image/png', 'image/jpeg', 'image/webp'].includes(declared)) return { ok: false, reason: 'unsupportedType' };
  const bytes = decodeBase64(match[2]!);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'corruptBase64' };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, reason: 'unsupportedType' };
  const size = imageDimensions(bytes, type);
  if (!size || size.width < 1 || size.height < 1) return { ok: false, reason: 'unreadableHeader' };
  if (size.width > MAX_PICTURE_SIDE || size.height > MAX_PICTURE_SIDE || size.width * size.height > MAX_PICTURE_PIXELS) {
    return { ok: false, reason: 'tooManyPixels' };
  }
  const mime = `image/${type}`;
  return {
    ok: true,
    dataUrl: `data:${mime};base64,${match[2]!}`,
    type,
    ...size,
    relabelled: declared !== mime,
  };
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < start + length && i < bytes.length; i += 1) s += String.fromCharCode(bytes[i]!);
  return s;
}

function u16be(b: Uint8Array, i: number): number {
  return (b[i]! << 8) | b[i + 1]!;
}

function u32be(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
}

function pngDimensions(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

/** Walks the JPEG segments (iteratively) to the first start-of-frame marker. */
function jpegDimensions(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      if (i + 9 > b.length) return null;
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

function webpDimensions(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const [b1, b2, b3, b4] = [b[21]!, b[22]!, b[23]!, b[24]!];
    return {
      width: 1 + (((b2 & 0x3f) << 8) | b1),
      height: 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)),
    };
  }
  if (chunk === 'VP8X') {
    return {
      width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)),
      height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)),
    };
  }
  return null;
}
