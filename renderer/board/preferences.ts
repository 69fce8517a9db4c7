/** The facilitator's board look (font, palette) is remembered on this machine, not in the journey. */
import type { BoardStore } from '../store/store';

const KEY = 'journeyboard.board';

export function rememberBoardPreferences(store: BoardStore): () => void {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { font?: unknown; palette?: unknown };
    if (saved.font === 'handwriting' || saved.font === 'plain') store.getState().setBoardFont(saved.font);
    if (saved.palette === 'standard' || saved.palette === 'colourBlindSafe') store.getState().setPaletteName(saved.palette);
  } catch {
    // Unreadable or disabled storage: keep the defaults.
  }
  return store.subscribe((state, prev) => {
    if (state.boardFont === prev.boardFont && state.paletteName === prev.paletteName) return;
    try {
      localStorage.setItem(KEY, JSON.stringify({ font: state.boardFont, palette: state.paletteName }));
    } catch {
      // Not remembered, still applied.
    }
  });
}
