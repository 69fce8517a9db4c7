/**
 * Splits a large output image into bands of rows (what the PNG compression workers consume)
 * and each band into tiles small enough for any canvas. Browsers cap a canvas at 16,384 px a
 * side in Safari, ~268 million pixels in Chrome, less on low-memory machines; a tile of at most
 * 4,096 px a side works everywhere, and a band's buffer stays around 32 MB however wide the
 * board is.
 */
export const MAX_TILE_SIDE = 4096;
export const MAX_BAND_BYTES = 32 * 1024 * 1024;

export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Band {
  y: number;
  height: number;
  tiles: Tile[];
}

export function planBands(width: number, height: number, options: { maxTileSide?: number; maxBandBytes?: number } = {}): Band[] {
  const maxSide = options.maxTileSide ?? MAX_TILE_SIDE;
  const maxBytes = options.maxBandBytes ?? MAX_BAND_BYTES;
  const bandHeight = Math.max(1, Math.min(maxSide, height, Math.floor(maxBytes / (width * 4))));
  const bands: Band[] = [];
  for (let y = 0; y < height; y += bandHeight) {
    const h = Math.min(bandHeight, height - y);
    const tiles: Tile[] = [];
    for (let x = 0; x < width; x += maxSide) tiles.push({ x, y, width: Math.min(maxSide, width - x), height: h });
    bands.push({ y, height: h, tiles });
  }
  return bands;
}
