/**
 * The projector's look: the board's theme with more contrast, because a projector in a lit
 * room washes out pale inks and thin grey lines. Pure black ink on a white sheet, darker grid
 * lines, and note text scaled by "enlarge for the room".
 */
import { boardTheme, type BoardFontName, type BoardTheme } from '../../canvas/draw/theme';
import type { NoteColour, PaletteName } from '../../../shared/model';

/** Stronger fills than the paper palette: they stay apart when the projector bleaches them. */
const PROJECTOR_INKS: Record<NoteColour, { fill: string; edge: string }> = {
  yellow: { fill: '#ffe433', edge: '#8a7a00' },
  orange: { fill: '#ffa726', edge: '#a35200' },
  pink: { fill: '#f77fb0', edge: '#9c0f4f' },
  red: { fill: '#f26461', edge: '#8e1a14' },
  violet: { fill: '#b393f0', edge: '#4b2a8f' },
  blue: { fill: '#6cbcf5', edge: '#0d4f85' },
  green: { fill: '#92d66f', edge: '#1f6b23' },
  grey: { fill: '#cfcfcf', edge: '#4d4d4d' },
};

const cache = new Map<string, BoardTheme>();

export function projectorTheme(options: { font: BoardFontName; palette: PaletteName; fontScale: number }): BoardTheme {
  const key = `${options.font}/${options.palette}/${options.fontScale}`;
  let theme = cache.get(key);
  if (!theme) {
    const base = boardTheme({ font: options.font, palette: options.palette });
    theme = {
      ...base,
      // The colour-blind-safe set is chosen for its hues; keep it as it is.
      inks: options.palette === 'standard' ? PROJECTOR_INKS : base.inks,
      noteMaxFontSize: Math.round(base.noteMaxFontSize * options.fontScale),
      paper: '#d9d9d9',
      sheet: '#ffffff',
      headerFill: '#f0f0f0',
      ink: '#000000',
      mutedInk: '#333333',
      gridLine: '#000000',
      textLines: 'rgba(0, 0, 0, 0.5)',
    };
    if (cache.size > 64) cache.clear();
    cache.set(key, theme);
  }
  return theme;
}
