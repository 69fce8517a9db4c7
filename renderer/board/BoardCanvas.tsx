/** Mounts the Konva board view and its pointer input into a div; React never re-renders it. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardView } from '../canvas/stage/BoardView';
import { PointerInput } from '../canvas/interaction/PointerInput';
import { setActiveView } from '../canvas/stage/activeView';
import { boardStore } from '../store/store';
import { useBoardContext } from './boardContext';
import { BOARD_DECORATIONS } from './boardDecorations';

export function BoardCanvas({ onView }: { onView(view: BoardView | null): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { run } = useBoardContext();
  const runRef = useRef(run);
  runRef.current = run;
  const onViewRef = useRef(onView);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = new BoardView(el, boardStore, { decorations: BOARD_DECORATIONS });
    const input = new PointerInput({ view, store: boardStore, run: (name, input) => runRef.current(name, input) });
    const observer = new ResizeObserver(() => view.resize(el.clientWidth, el.clientHeight));
    observer.observe(el);
    setActiveView(view);
    const onViewChange = onViewRef.current;
    onViewChange(view);
    return () => {
      observer.disconnect();
      input.destroy();
      setActiveView(null);
      onViewChange(null);
      view.destroy();
    };
  }, []);

  return <div className="board-canvas" ref={ref} role="application" aria-label={t('board:canvas.label')} data-testid="board-canvas" />;
}
