/**
 * Phases and lanes as lists: rename, reorder, remove, hide a lane, choose what a lane collects.
 * The keyboard way to everything the headers on the canvas offer by pointer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_KINDS, PALETTES, DEFAULT_COLOUR_BY_KIND, type NoteKind } from '../../shared/model';
import type { ActionName } from '../actions/registry';
import { useBoard } from '../store/store';
import { useBoardContext } from './boardContext';
import { DownIcon, EyeIcon, PlusIcon, TrashIcon, UpIcon } from './icons';
import { kindLabel } from './kindLabel';

function TitleField({ id, title, action, label }: { id: string; title: string; action: ActionName; label: string }) {
  const { run } = useBoardContext();
  const [value, setValue] = useState(title);
  const [editing, setEditing] = useState(false);
  return (
    <input
      className="structure-title"
      value={editing ? value : title}
      aria-label={label}
      onFocus={() => {
        setValue(title);
        setEditing(true);
      }}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => {
        setEditing(false);
        if (value.trim() && value !== title) run(action, { id, title: value });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setValue(title);
          setEditing(false);
          e.currentTarget.blur();
        }
      }}
    />
  );
}

function IconButton({ label, onClick, children, disabled }: { label: string; onClick(): void; children: React.ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="board-tool board-tool-small" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}

export function StructurePanel() {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const phases = useBoard((s) => s.doc?.phases);
  const lanes = useBoard((s) => s.doc?.lanes);
  const palette = useBoard((s) => s.paletteName);
  if (!phases || !lanes) return null;
  return (
    <div className="structure-panel" data-testid="structure-panel">
      <section>
        <h3>{t('board:panels.phases')}</h3>
        <ol className="structure-list">
          {phases.map((phase, i) => (
            <li key={phase.id}>
              <TitleField id={phase.id} title={phase.title} action="structure.renamePhase" label={t('board:editor.phaseTitle')} />
              <IconButton label={t('board:actions.movePhaseLeft')} disabled={i === 0} onClick={() => run('structure.movePhaseLeft', { id: phase.id })}>
                <UpIcon />
              </IconButton>
              <IconButton label={t('board:actions.movePhaseRight')} disabled={i === phases.length - 1} onClick={() => run('structure.movePhaseRight', { id: phase.id })}>
                <DownIcon />
              </IconButton>
              <IconButton label={t('board:actions.removePhase')} onClick={() => run('structure.removePhase', { id: phase.id })}>
                <TrashIcon />
              </IconButton>
            </li>
          ))}
        </ol>
        <button type="button" className="board-button" onClick={() => run('structure.addPhase')}>
          <PlusIcon /> {t('board:actions.addPhase')}
        </button>
      </section>
      <section>
        <h3>{t('board:panels.lanes')}</h3>
        <ol className="structure-list">
          {lanes.map((lane, i) => (
            <li key={lane.id} className={lane.hidden ? 'is-hidden' : undefined}>
              <span className="structure-swatch" style={{ background: PALETTES[palette][DEFAULT_COLOUR_BY_KIND[lane.kind]].fill }} aria-hidden="true" />
              <div className="structure-lane">
                <TitleField id={lane.id} title={lane.title} action="structure.renameLane" label={t('board:editor.laneTitle')} />
                <select
                  value={lane.kind}
                  aria-label={t('board:actions.setLaneKind')}
                  onChange={(e) => run('structure.setLaneKind', { id: lane.id, kind: e.target.value as NoteKind })}
                >
                  {NOTE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {kindLabel(t, kind)}
                    </option>
                  ))}
                </select>
              </div>
              <IconButton label={t('board:actions.toggleLaneHidden')} onClick={() => run('structure.toggleLaneHidden', { id: lane.id })}>
                <EyeIcon off={lane.hidden} />
              </IconButton>
              <IconButton label={t('board:actions.moveLaneUp')} disabled={i === 0} onClick={() => run('structure.moveLaneUp', { id: lane.id })}>
                <UpIcon />
              </IconButton>
              <IconButton label={t('board:actions.moveLaneDown')} disabled={i === lanes.length - 1} onClick={() => run('structure.moveLaneDown', { id: lane.id })}>
                <DownIcon />
              </IconButton>
              <IconButton label={t('board:actions.removeLane')} onClick={() => run('structure.removeLane', { id: lane.id })}>
                <TrashIcon />
              </IconButton>
            </li>
          ))}
        </ol>
        <button type="button" className="board-button" onClick={() => run('structure.addLane')}>
          <PlusIcon /> {t('board:actions.addLane')}
        </button>
      </section>
    </div>
  );
}
