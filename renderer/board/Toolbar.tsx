/** The board's toolbar: every button runs a named action. */
import { useTranslation } from 'react-i18next';
import { useBoard } from '../store/store';
import { ActionButton } from './ActionButton';
import { ColourSwatches } from './ColourSwatches';
import {
  AlignIcon,
  ArrowLineIcon,
  ColumnIcon,
  DuplicateIcon,
  HandwritingIcon,
  KeyboardIcon,
  NoteIcon,
  PaletteIcon,
  PanelIcon,
  RedoIcon,
  RowIcon,
  TrashIcon,
  UndoIcon,
} from './icons';
import { MenuButton } from './MenuButton';
import { ExportMenu } from '../export/ExportMenu';
import { MethodMenu } from '../method/MethodBoardParts';

const ARRANGE = [
  'arrange.alignLeft',
  'arrange.alignCentre',
  'arrange.alignRight',
  'arrange.alignTop',
  'arrange.alignMiddle',
  'arrange.alignBottom',
  'arrange.distributeHorizontally',
  'arrange.distributeVertically',
] as const;

export function Toolbar() {
  const { t } = useTranslation();
  const title = useBoard((s) => s.doc?.title ?? '');
  const handwriting = useBoard((s) => s.boardFont === 'handwriting');
  const colourBlind = useBoard((s) => s.paletteName === 'colourBlindSafe');
  const panelOpen = useBoard((s) => s.sidePanel !== null);
  const fewSelected = useBoard((s) => s.selectedNoteIds.size < 2);
  const lineSelected = useBoard((s) => s.selectedConnectorIds.size > 0);
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('board:toolbar.label')}>
      <div className="board-toolbar-group">
        <span className="board-title" title={title}>
          {title}
        </span>
      </div>
      <div className="board-toolbar-group">
        <ActionButton name="note.new" icon={<NoteIcon />} showLabel />
        <ColourSwatches />
        {lineSelected ? <ActionButton name="line.toggleArrow" icon={<ArrowLineIcon />} /> : null}
      </div>
      <div className="board-toolbar-group">
        <ActionButton name="edit.undo" icon={<UndoIcon />} />
        <ActionButton name="edit.redo" icon={<RedoIcon />} />
        <ActionButton name="edit.duplicate" icon={<DuplicateIcon />} />
        <ActionButton name="edit.delete" icon={<TrashIcon />} />
        <MenuButton label={t('board:toolbar.arrange')} icon={<AlignIcon />} actions={ARRANGE} testId="arrange-menu" disabled={fewSelected} />
      </div>
      <div className="board-toolbar-group">
        <ActionButton name="structure.addPhase" icon={<ColumnIcon />} />
        <ActionButton name="structure.addLane" icon={<RowIcon />} />
        <MethodMenu />
      </div>
      <span className="board-toolbar-spacer" />
      <div className="board-toolbar-group">
        <ActionButton name="view.handwriting" icon={<HandwritingIcon />} pressed={handwriting} />
        <ActionButton name="view.colourBlindPalette" icon={<PaletteIcon />} pressed={colourBlind} />
        <ExportMenu />
        <ActionButton name="help.shortcuts" icon={<KeyboardIcon />} />
        <ActionButton name="view.sidePanel" icon={<PanelIcon />} pressed={panelOpen} />
      </div>
    </div>
  );
}
