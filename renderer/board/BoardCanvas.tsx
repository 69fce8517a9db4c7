/**
 * The board's canvas, declared with react-konva: a stage with four layers (grid, notes, drag,
 * overlay) of ONE shape each. React declares them and their size; drawing stays out of React:
 * each shape's sceneFunc asks the BoardView, which the store drives once per animation frame
 * with the board painter, and the pointer input goes to PointerInput. A React render never
 * draws the board, and a camera frame never renders React.
 */
import type Konva from 'konva/lib/Core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Shape, Stage } from 'react-konva/lib/ReactKonvaCore';
import type { Viewport } from '../../shared/camera/camera';
import { beginTransientEdit, commitDoc } from '../actions/commit';
import { PointerInput } from '../canvas/interaction/PointerInput';
import { setActiveView } from '../canvas/stage/activeView';
import { BoardView } from '../canvas/stage/BoardView';
import { LAYER_NAMES, type LayerName } from '../canvas/stage/layers';
import { boardStore } from '../store/store';
import { useBoardContext } from './boardContext';
import { BOARD_DECORATIONS } from './boardDecorations';

type LayerRefs = Partial<Record<LayerName, Konva.Layer>>;

export function BoardCanvas({ onView }: { onView(view: BoardView | null): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const layers = useRef<LayerRefs>({});
  const viewRef = useRef<BoardView | null>(null);
  const [size, setSize] = useState<Viewport | null>(null);
  const { run } = useBoardContext();
  const runRef = useRef(run);
  runRef.current = run;
  const onViewRef = useRef(onView);

  // The stage takes the size of the board area; measured before the first paint.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = Math.max(1, el.clientWidth);
      const height = Math.max(1, el.clientHeight);
      setSize((prev) => (prev && prev.width === width && prev.height === height ? prev : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Stable per layer, so a React render never hands Konva a new function (which would redraw).
  const sceneFuncs = useMemo(
    () => Object.fromEntries(LAYER_NAMES.map((name) => [name, (context: Konva.Context) => viewRef.current?.drawLayer(name, context)])) as Record<LayerName, (context: Konva.Context) => void>,
    [],
  );
  const layerRefs = useMemo(
    () => Object.fromEntries(LAYER_NAMES.map((name) => [name, (layer: Konva.Layer | null) => void (layers.current[name] = layer ?? undefined)])) as Record<LayerName, (layer: Konva.Layer | null) => void>,
    [],
  );

  const mounted = size !== null;
  useEffect(() => {
    const el = ref.current;
    const stage = stageRef.current;
    const declared = layers.current;
    if (!mounted || !el || !stage || LAYER_NAMES.some((name) => !declared[name])) return;
    const view = new BoardView(el, boardStore, { decorations: BOARD_DECORATIONS, stage, layers: declared as Record<LayerName, Konva.Layer> });
    viewRef.current = view;
    const input = new PointerInput({
      view,
      store: boardStore,
      run: (name, input) => runRef.current(name, input),
      edits: { commit: (recipe) => commitDoc(boardStore, recipe), beginTransient: () => beginTransientEdit(boardStore) },
    });
    setActiveView(view);
    const onViewChange = onViewRef.current;
    onViewChange(view);
    return () => {
      input.destroy();
      setActiveView(null);
      onViewChange(null);
      viewRef.current = null;
      view.destroy();
    };
  }, [mounted]);

  useEffect(() => {
    if (size) viewRef.current?.resize(size.width, size.height);
  }, [size]);

  return (
    <div className="board-canvas" ref={ref} role="application" aria-label={t('board:canvas.label')} data-testid="board-canvas">
      {size && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false}>
          {LAYER_NAMES.map((name) => (
            <Layer key={name} ref={layerRefs[name]} listening={false}>
              <Shape listening={false} perfectDrawEnabled={false} shadowForStrokeEnabled={false} sceneFunc={sceneFuncs[name]} />
            </Layer>
          ))}
        </Stage>
      )}
    </div>
  );
}
