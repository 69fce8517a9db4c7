/**
 * The look of the board as plain data, so the canvas, the minimap and the PNG exporter draw
 * the same flipchart from the same inks and fonts.
 */
import { PALETTES, type NoteColour, type PaletteName } from '../../../shared/model';

export type BoardFontName = 'handwriting' | 'plain';

export interface FontSpec {
  /** A CSS font-family list, as used in ctx.font and in CSS. */
  family: string;
  weight: number;
}

export interface BoardTheme {
  fontName: BoardFontName;
  noteFont: FontSpec;
  headerFont: FontSpec;
  /** Largest note text at 100% zoom: big enough to read across a room from a projector. */
  noteMaxFontSize: number;
  /** Smallest legible note text at 100%: below it the note grows instead of shrinking. */
  noteMinFontSize: number;
  headerFontSize: number;
  laneHeaderFontSize: number;
  inks: Record<NoteColour, { fill: string; edge: string }>;
  paper: string;
  sheet: string;
  headerFill: string;
  ink: string;
  mutedInk: string;
  gridLine: string;
  selection: string;
  selectionFill: string;
  textLines: string;
}

const HANDWRITING: FontSpec = { family: "'Caveat', 'Inter', cursive", weight: 700 };
const PLAIN: FontSpec = { family: "'Inter', system-ui, sans-serif", weight: 400 };
const PLAIN_BOLD: FontSpec = { family: "'Inter', system-ui, sans-serif", weight: 600 };

const cache = new Map<string, BoardTheme>();

export function boardTheme(options: { font: BoardFontName; palette: PaletteName }): BoardTheme {
  const key = `${options.font}/${options.palette}`;
  let theme = cache.get(key);
  if (!theme) {
    const handwriting = options.font === 'handwriting';
    theme = {
      fontName: options.font,
      noteFont: handwriting ? { ...HANDWRITING, weight: 400 } : PLAIN,
      headerFont: handwriting ? HANDWRITING : PLAIN_BOLD,
      // Caveat has a small x-height: 32px of it reads like 28px of Inter.
      noteMaxFontSize: handwriting ? 32 : 28,
      noteMinFontSize: handwriting ? 18 : 14,
      headerFontSize: handwriting ? 34 : 24,
      laneHeaderFontSize: handwriting ? 28 : 18,
      inks: PALETTES[options.palette],
      paper: '#eeece4',
      sheet: '#fffef9',
      headerFill: '#f6f3e8',
      ink: '#1f2328',
      mutedInk: '#6b6f76',
      gridLine: '#2b2f36',
      selection: '#1565c0',
      selectionFill: 'rgba(21, 101, 192, 0.10)',
      textLines: 'rgba(31, 35, 40, 0.38)',
    };
    cache.set(key, theme);
  }
  return theme;
}

export function cssFont(font: FontSpec, size: number): string {
  return `${font.weight} ${size}px ${font.family}`;
}
