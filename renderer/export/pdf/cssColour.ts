/** CSS colours as the painter writes them (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba(), a few names) to 0..1 RGB and alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, Rgba> = {
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 1, g: 1, b: 1, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

export function parseCssColour(css: string): Rgba {
  const text = css.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return named;
  if (text.startsWith('#')) {
    const hex = text.slice(1);
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const at = (i: number) => parseInt(full.slice(i, i + 2), 16) / 255;
    return { r: at(0), g: at(2), b: at(4), a: full.length >= 8 ? at(6) : 1 };
  }
  const match = /^rgba?\(([^)]*)\)$/.exec(text);
  if (match) {
    const parts = match[1]!.split(/[\s,/]+/).filter(Boolean);
    const channel = (p: string | undefined) => (p?.endsWith('%') ? Number(p.slice(0, -1)) / 100 : Number(p ?? 0) / 255);
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number(parts[3].slice(0, -1)) / 100 : Number(parts[3]);
    return { r: channel(parts[0]), g: channel(parts[1]), b: channel(parts[2]), a: alpha };
  }
  return NAMED.black!;
}
