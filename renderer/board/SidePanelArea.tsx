/** The right-hand panel area: tabs over the panels listed in ./sidePanels. */
import { useTranslation } from 'react-i18next';
import { boardStore, useBoard } from '../store/store';
import { CloseIcon } from './icons';
import { SIDE_PANELS } from './sidePanels';

export function SidePanelArea() {
  const { t } = useTranslation();
  const open = useBoard((s) => s.sidePanel);
  const panel = SIDE_PANELS.find((p) => p.id === open);
  if (!panel) return null;
  const show = (id: string | null) => boardStore.getState().showSidePanel(id);
  return (
    <aside className="board-side" aria-label={t('board:panels.label')} data-testid="side-panel">
      <div className="board-side-head">
        <div className="board-side-tabs" role="tablist">
          {SIDE_PANELS.map((p) => (
            <button
              key={p.id}
              type="button"
              role="tab"
              id={`side-tab-${p.id}`}
              aria-selected={p.id === panel.id}
              aria-controls={`side-panel-${p.id}`}
              className="board-side-tab"
              onClick={() => show(p.id)}
            >
              {p.label(t)}
            </button>
          ))}
        </div>
        <button type="button" className="board-tool" onClick={() => show(null)} aria-label={t('common:actions.close')} title={t('common:actions.close')}>
          <CloseIcon />
        </button>
      </div>
      <div className="board-side-body" role="tabpanel" id={`side-panel-${panel.id}`} aria-labelledby={`side-tab-${panel.id}`}>
        <panel.Component />
      </div>
    </aside>
  );
}
