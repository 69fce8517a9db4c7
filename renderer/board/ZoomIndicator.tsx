/** Zoom out, the zoom level (click for 100%), zoom in, fit; the level follows every frame. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardView } from '../canvas/stage/BoardView';
import { shortcutHint } from './ActionButton';
import { useBoardContext } from './boardContext';
import { FitIcon, MinusIcon, PlusIcon } from './icons';

export function ZoomIndicator({ view }: { view: BoardView }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const show = () => {
      if (ref.current) ref.current.textContent = `${Math.round(view.camera().zoom * 100)} %`;
    };
    show();
    return view.on('frame', show);
  }, [view]);
  const tip = (label: string, name: Parameters<typeof shortcutHint>[0]) => `${label} (${shortcutHint(name)})`;
  return (
    <div className="board-zoom" role="group" aria-label={t('board:zoom.label')}>
      <button type="button" className="board-tool" onClick={() => run('view.zoomOut')} aria-label={t('board:actions.zoomOut')} title={tip(t('board:actions.zoomOut'), 'view.zoomOut')}>
        <MinusIcon />
      </button>
      <button ref={ref} type="button" className="board-zoom-level" data-testid="zoom-level" onClick={() => run('view.zoomReset')} title={tip(t('board:actions.zoomReset'), 'view.zoomReset')} />
      <button type="button" className="board-tool" onClick={() => run('view.zoomIn')} aria-label={t('board:actions.zoomIn')} title={tip(t('board:actions.zoomIn'), 'view.zoomIn')}>
        <PlusIcon />
      </button>
      <button type="button" className="board-tool" onClick={() => run('view.zoomToFit')} aria-label={t('board:actions.zoomToFit')} title={tip(t('board:actions.zoomToFit'), 'view.zoomToFit')}>
        <FitIcon />
      </button>
    </div>
  );
}
