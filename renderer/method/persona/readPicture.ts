/**
 * A persona picture from a local image file: checked by its magic bytes (PNG, JPEG, WebP;
 * never SVG, which can carry script and remote references), bounded in pixels before decoding,
 * downscaled with a canvas to at most 512 px and stored as a JPEG data URL in the persona.
 * JPEG because the PDF exporter can embed it and a photo stays small (about 50 KB).
 */
import { checkPictureDataUrl, imageDimensions, sniffImageType } from '../../../shared/format/picture';

export const PICTURE_MAX_SIDE = 512;
/** Input bounds: a phone or camera photo passes, a "pixel bomb" does not. */
export const PICTURE_INPUT_LIMITS = { bytes: 30 * 1024 * 1024, side: 12_000, pixels: 60_000_000 } as const;

export type PictureProblem = 'svg' | 'notAnImage' | 'tooLarge' | 'tooManyPixels' | 'unreadable';
export type PictureResult = { ok: true; dataUrl: string } | { ok: false; problem: PictureProblem };

/** An SVG file begins with markup (after an optional BOM and whitespace) and has an <svg> element. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

/** Checks the bytes without decoding pixels: which problem (if any) stops this file. */
export function checkPictureBytes(bytes: Uint8Array): PictureProblem | null {
  if (bytes.length > PICTURE_INPUT_LIMITS.bytes) return 'tooLarge';
  if (looksLikeSvg(bytes)) return 'svg';
  const type = sniffImageType(bytes);
  if (!type) return 'notAnImage';
  const size = imageDimensions(bytes, type);
  if (!size || size.width < 1 || size.height < 1) return 'unreadable';
  if (size.width > PICTURE_INPUT_LIMITS.side || size.height > PICTURE_INPUT_LIMITS.side || size.width * size.height > PICTURE_INPUT_LIMITS.pixels) {
    return 'tooManyPixels';
  }
  return null;
}

/** The size to draw at: the longer side at most `max`, never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function readPersonaPicture(file: Blob): Promise<PictureResult> {
  if (file.size > PICTURE_INPUT_LIMITS.bytes) return { ok: false, problem: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = checkPictureBytes(bytes);
  if (problem) return { ok: false, problem };
  let bitmap: ImageBitmap;
  try {
    // The declared type is ignored: the bytes were sniffed, and the blob is decoded as what it is.
    bitmap = await createImageBitmap(new Blob([bytes]));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, PICTURE_MAX_SIDE);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, problem: 'unreadable' };
    // JPEG has no transparency: a transparent PNG lands on white, not black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    const checked = checkPictureDataUrl(canvas.toDataURL('image/jpeg', 0.86));
    return checked.ok ? { ok: true, dataUrl: checked.dataUrl } : { ok: false, problem: 'unreadable' };
  } finally {
    bitmap.close();
  }
}
