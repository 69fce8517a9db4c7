/**
 * Decoded persona pictures for the canvas. Canvas2D draws an image only once it is decoded, so
 * the first frame asks for it and the view is redrawn when it arrives. The picture is a data:
 * URL of a checked PNG/JPEG/WebP (never remote), so drawing it never taints the canvas.
 */
const decoded = new Map<string, HTMLImageElement | 'loading' | 'failed'>();
const MAX_CACHED = 8;

/** The decoded picture, or null while it loads (then `onReady` runs once it is there). */
export function personaPicture(dataUrl: string, onReady: () => void): HTMLImageElement | null {
  const found = decoded.get(dataUrl);
  if (found instanceof HTMLImageElement) return found;
  if (found) return null;
  if (decoded.size >= MAX_CACHED) decoded.clear();
  decoded.set(dataUrl, 'loading');
  const image = new Image();
  image.onload = () => {
    decoded.set(dataUrl, image);
    onReady();
  };
  image.onerror = () => decoded.set(dataUrl, 'failed');
  image.src = dataUrl;
  return null;
}

/** For exporters that draw off screen: resolves once the picture is decoded. */
export function loadPersonaPicture(dataUrl: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const ready = personaPicture(dataUrl, () => resolve(personaPicture(dataUrl, () => undefined)));
    if (ready) resolve(ready);
    else if (decoded.get(dataUrl) === 'failed') resolve(null);
  });
}
