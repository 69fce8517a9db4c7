export const ICON_SIZES: number[];
export function renderIcon(svg: Uint8Array | string, size: number): Uint8Array;
export function makeIcons(source?: string, outDir?: string): string[];
