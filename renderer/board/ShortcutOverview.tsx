/**
 * The shortcut overview on `?`: every action with a key (overviewSections, the same data as
 * docs/keyboard.md), the keys of the text editor, and the pointer gestures.
 */
import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { overviewSections } from '../actions/overview';
import { formatShortcut } from '../actions/shortcuts';
import { platform } from '../platform';
import { boardStore, useBoard } from '../store/store';
import { CloseIcon } from './icons';

export function ShortcutOverview() {
  const open = useBoard((s) => s.shortcutsOpen);
  return open ? <Overview /> : null;
}

/** The overview itself (exported for the test that checks its keys against the registry). */
export function Overview() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const close = () => boardStore.getState().showShortcuts(false);
  useEffect(() => ref.current?.focus(), []);
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
          {overviewSections({ t, desktop: platform.kind === 'electron', format: (s) => formatShortcut(s) }).map((section) => (
            <section key={section.id} data-section={section.id}>
              <h3>{section.title}</h3>
              <dl>
                {section.rows.map((row) => (
                  <div key={row.action ?? row.label} className="shortcut-row" data-action={row.action}>
                    <dt>{row.label}</dt>
                    <dd>
                      {row.keys.map((s, i) => (
                        <Fragment key={formatShortcut(s)}>
                          {i > 0 && row.join === 'range' ? ' … ' : null}
                          <kbd>{formatShortcut(s)}</kbd>
                        </Fragment>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <section data-section="pointer">
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
