#!/usr/bin/env node
// Renders assets/icon.svg into the PNG icons electron-builder packs (assets/icons/NxN.png).
// electron-builder turns the 1024 PNG into .icns (macOS) and the 256 PNG into .ico (Windows);
// Linux takes the folder of sizes. The PNGs are committed, so packaging needs no renderer;
// run this after changing the SVG. @resvg/resvg-js ships its binary inside the npm package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

export function renderIcon(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

export function makeIcons(source = 'assets/icon.svg', outDir = 'assets/icons') {
  const svg = readFileSync(source);
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const path = join(outDir, `${size}x${size}.png`);
    writeFileSync(path, renderIcon(svg, size));
    return path;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of makeIcons()) console.log(`wrote ${path}`);
}
