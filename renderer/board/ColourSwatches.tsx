/** The eight note colours; picking one recolours the selection. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NOTE_COLOURS, PALETTES, type NoteColour } from '../../shared/model';
import type { BoardState } from '../store/store';
import { useBoard } from '../store/store';
import { useBoardContext } from './boardContext';

/** The colour all selected notes share, or null. Cheap: walks the selection, not the board. */
function sharedColour(s: BoardState): NoteColour | null {
  let colour: NoteColour | null = null;
  for (const id of s.selectedNoteIds) {
    const c = s.doc?.notes[id]?.colour;
    if (!c || (colour && c !== colour)) return null;
    colour = c;
  }
  return colour;
}

export function colourLabel(t: TFunction, colour: NoteColour): string {
  switch (colour) {
    case 'yellow':
      return t('board:colours.yellow');
    case 'orange':
      return t('board:colours.orange');
    case 'pink':
      return t('board:colours.pink');
    case 'red':
      return t('board:colours.red');
    case 'violet':
      return t('board:colours.violet');
    case 'blue':
      return t('board:colours.blue');
    case 'green':
      return t('board:colours.green');
    case 'grey':
      return t('board:colours.grey');
  }
}

export function ColourSwatches({ onPicked }: { onPicked?: () => void }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const palette = useBoard((s) => s.paletteName);
  const hasNotes = useBoard((s) => s.selectedNoteIds.size > 0);
  const current = useBoard(sharedColour);
  return (
    <div className="board-swatches" role="group" aria-label={t('board:actions.colour')}>
      {NOTE_COLOURS.map((colour, i) => (
        <button
          key={colour}
          type="button"
          className="board-swatch"
          style={{ background: PALETTES[palette][colour].fill, borderColor: PALETTES[palette][colour].edge }}
          disabled={!hasNotes}
          aria-pressed={current === colour}
          title={`${colourLabel(t, colour)} (${i + 1})`}
          aria-label={colourLabel(t, colour)}
          data-colour={colour}
          onClick={() => {
            run('note.colour', colour);
            onPicked?.();
          }}
        />
      ))}
    </div>
  );
}
