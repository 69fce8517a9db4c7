/** Asks what happens to the notes of a phase or lane being removed. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardDialog } from '../store/boardUiSlice';
import { boardStore, useBoard } from '../store/store';
import { useBoardContext } from './boardContext';

export function RemoveDialog() {
  const dialog = useBoard((s) => s.dialog);
  return dialog ? <Ask dialog={dialog} /> : null;
}

function Ask({ dialog }: { dialog: BoardDialog }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const ref = useRef<HTMLDivElement>(null);
  const doc = boardStore.getState().doc;
  const phase = dialog.kind === 'removePhase';
  const list: { id: string; title: string }[] = (phase ? doc?.phases : doc?.lanes) ?? [];
  const index = list.findIndex((x) => x.id === dialog.id);
  const item = list[index];
  const neighbour = list[index - 1] ?? list[index + 1];
  let count = 0;
  for (const id in doc?.notes ?? {}) if (doc!.notes[id]![phase ? 'phaseId' : 'laneId'] === dialog.id) count++;
  const close = () => boardStore.getState().openDialog(null);
  const action = phase ? 'structure.removePhase' : 'structure.removeLane';
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('[data-default]')?.focus(), []);
  if (!item) return null;
  return (
    <div className="board-modal-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={ref}
        className="board-modal remove-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="remove-title"
        aria-describedby="remove-text"
        data-testid="remove-dialog"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') close();
        }}
      >
        <h2 id="remove-title">{phase ? t('board:remove.phaseTitle', { title: item.title }) : t('board:remove.laneTitle', { title: item.title })}</h2>
        <p id="remove-text">{t('board:remove.notes', { count })}</p>
        <div className="board-modal-actions">
          <button type="button" className="board-button" onClick={close} data-testid="remove-cancel">
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="board-button board-button-danger" data-testid="remove-delete-notes" onClick={() => run(action, { id: dialog.id, mode: 'deleteNotes' })}>
            {t('board:remove.deleteNotes')}
          </button>
          {neighbour ? (
            <button
              type="button"
              className="board-button board-button-primary"
              data-default
              data-testid="remove-move-notes"
              onClick={() => run(action, { id: dialog.id, mode: 'moveNotesToNeighbour' })}
            >
              {t('board:remove.moveNotes', { title: neighbour.title })}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
