/** The shortcut overview on `?`: every action with a key, and the pointer gestures. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import type { ActionGroup } from '../actions/types';
import { boardStore, useBoard } from '../store/store';
import { CloseIcon } from './icons';

const GROUPS: ActionGroup[] = ['note', 'edit', 'arrange', 'line', 'structure', 'view', 'help'];

export function ShortcutOverview() {
  const open = useBoard((s) => s.shortcutsOpen);
  return open ? <Overview /> : null;
}

function Overview() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const close = () => boardStore.getState().showShortcuts(false);
  useEffect(() => ref.current?.focus(), []);
  const groupTitle: Record<ActionGroup, string> = {
    note: t('board:shortcuts.groups.note'),
    edit: t('board:shortcuts.groups.edit'),
    arrange: t('board:shortcuts.groups.arrange'),
    line: t('board:shortcuts.groups.line'),
    structure: t('board:shortcuts.groups.structure'),
    view: t('board:shortcuts.groups.view'),
    help: t('board:shortcuts.groups.help'),
  };
  const gestures = [
    [t('board:shortcuts.gestures.createKey'), t('board:shortcuts.gestures.create')],
    [t('board:shortcuts.gestures.editKey'), t('board:shortcuts.gestures.edit')],
    [t('board:shortcuts.gestures.connectKey'), t('board:shortcuts.gestures.connect')],
    [t('board:shortcuts.gestures.marqueeKey'), t('board:shortcuts.gestures.marquee')],
    [t('board:shortcuts.gestures.panKey'), t('board:shortcuts.gestures.pan')],
    [t('board:shortcuts.gestures.zoomKey'), t('board:shortcuts.gestures.zoom')],
    [t('board:shortcuts.gestures.resizeKey'), t('board:shortcuts.gestures.resize')],
  ];
  return (
    <div className="board-modal-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={ref}
        className="board-modal shortcut-overview"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-title"
        tabIndex={-1}
        data-testid="shortcut-overview"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      >
        <header>
          <h2 id="shortcut-title">{t('board:shortcuts.title')}</h2>
          <button type="button" className="board-tool" onClick={close} aria-label={t('common:actions.close')}>
            <CloseIcon />
          </button>
        </header>
        <div className="shortcut-columns">
          {GROUPS.map((group) => {
            const rows = ACTIONS.filter((a) => a.group === group && a.shortcuts?.length);
            if (!rows.length) return null;
            return (
              <section key={group}>
                <h3>{groupTitle[group]}</h3>
                <dl>
                  {rows.map((a) => (
                    <div key={a.name} className="shortcut-row">
                      <dt>{a.label(t)}</dt>
                      <dd>
                        {a.name === 'note.colour'
                          ? '1 … 8'
                          : a.name === 'note.nudge'
                            ? '← ↑ → ↓'
                            : a.shortcuts!.filter((s, i, all) => all.findIndex((o) => formatShortcut(o) === formatShortcut(s)) === i)
                                .slice(0, 2)
                                .map((s) => <kbd key={formatShortcut(s)}>{formatShortcut(s)}</kbd>)}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            );
          })}
          <section>
            <h3>{t('board:shortcuts.groups.pointer')}</h3>
            <dl>
              {gestures.map(([key, what]) => (
                <div key={what} className="shortcut-row">
                  <dt>{what}</dt>
                  <dd>
                    <kbd>{key}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
