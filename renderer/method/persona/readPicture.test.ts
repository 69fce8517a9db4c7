import { describe, expect, it } from 'vitest';
import { checkPictureBytes, fitWithin, looksLikeSvg } from './readPicture';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 0);
  b.set(text('IHDR'), 12);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

describe('checkPictureBytes', () => {
  it('accepts a PNG of sensible size', () => {
    expect(checkPictureBytes(png(800, 600))).toBeNull();
  });

  it('refuses SVG, even with a BOM, whitespace or an XML prolog', () => {
    expect(checkPictureBytes(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(checkPictureBytes(text('\uFEFF  <?xml version="1.0"?>\n<svg>'))).toBe('svg');
    expect(looksLikeSvg(text('<html><body>svg</body></html>'))).toBe(false);
  });

  it('refuses what is not PNG, JPEG or WebP', () => {
    expect(checkPictureBytes(text('GIF89a....'))).toBe('notAnImage');
    expect(checkPictureBytes(text('%PDF-1.7'))).toBe('notAnImage');
    expect(checkPictureBytes(bytes())).toBe('notAnImage');
  });

  it('refuses a pixel bomb before decoding it, and an unreadable header', () => {
    expect(checkPictureBytes(png(30_000, 30_000))).toBe('tooManyPixels');
    expect(checkPictureBytes(png(0, 10))).toBe('unreadable');
    expect(checkPictureBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('unreadable');
  });
});

describe('fitWithin', () => {
  it('downscales the longer side and never enlarges', () => {
    expect(fitWithin(2048, 1024, 512)).toEqual({ width: 512, height: 256 });
    expect(fitWithin(300, 4000, 512)).toEqual({ width: 38, height: 512 });
    expect(fitWithin(100, 80, 512)).toEqual({ width: 100, height: 80 });
  });
});
