/**
 * The minimap: a small canvas redrawn when the board changes (not per frame), with the view's
 * rectangle as a DOM box moved on each camera frame. Click or drag on it to move the view.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Point } from '../../shared/model';
import { measureWithCanvas, noteTextLayouts } from '../canvas/draw/measure';
import { paintBoard } from '../canvas/paint/paintBoard';
import { fitRect, screenToBoard, visibleBoardRect, type Camera } from '../../shared/camera/camera';
import type { BoardView } from '../canvas/stage/BoardView';
import { boardStore } from '../store/store';

const SIZE = { width: 220, height: 140 };

export function Minimap({ view }: { view: BoardView }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<Camera | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = SIZE.width * ratio;
    canvas.height = SIZE.height * ratio;
    let pending = 0;
    const placeBox = () => {
      const frame = frameRef.current;
      const box = boxRef.current;
      if (!frame || !box) return;
      const r = visibleBoardRect(view.camera(), view.size());
      const left = Math.max(0, r.x * frame.zoom + frame.x);
      const top = Math.max(0, r.y * frame.zoom + frame.y);
      box.style.left = `${left}px`;
      box.style.top = `${top}px`;
      box.style.width = `${Math.max(4, Math.min(SIZE.width, r.x * frame.zoom + frame.x + r.width * frame.zoom) - left)}px`;
      box.style.height = `${Math.max(4, Math.min(SIZE.height, r.y * frame.zoom + frame.y + r.height * frame.zoom) - top)}px`;
    };
    const redraw = () => {
      pending = 0;
      const { scene } = view;
      // The whole board, however large: no zoom limits in a picture this small.
      const frame = fitRect(scene.bounds(), SIZE, { margin: 6, clamp: false });
      frameRef.current = frame;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      if (scene.doc) {
        // The board painter's smallest picture: the sheet and every note as a dot of its colour.
        const zoom = frame.zoom * ratio;
        ctx.setTransform(zoom, 0, 0, zoom, frame.x * ratio, frame.y * ratio);
        paintBoard(
          ctx,
          { doc: scene.doc, source: scene, measure: measureWithCanvas, layouts: noteTextLayouts },
          { theme: view.theme(), zoom, view: scene.bounds(), layers: ['grid', 'notes'], detail: 'dots' },
        );
        ctx.setTransform(1, 0, 0, 1, 0, 0);
      }
      placeBox();
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(redraw);
    };
    redraw();
    const offScene = view.on('scene', schedule);
    const offFrame = view.on('frame', placeBox);
    const offStore = boardStore.subscribe((s, prev) => s.paletteName !== prev.paletteName && schedule());
    return () => {
      cancelAnimationFrame(pending);
      offScene();
      offFrame();
      offStore();
    };
  }, [view]);

  const moveViewTo = (e: React.PointerEvent, commit: boolean) => {
    const frame = frameRef.current;
    if (!frame) return;
    const box = e.currentTarget.getBoundingClientRect();
    const board: Point = screenToBoard(frame, { x: e.clientX - box.left, y: e.clientY - box.top });
    const camera = view.camera();
    const size = view.size();
    view.setCamera({ ...camera, x: size.width / 2 - board.x * camera.zoom, y: size.height / 2 - board.y * camera.zoom }, commit ? 'now' : 'settle');
  };

  return (
    <div
      className="board-minimap"
      style={SIZE}
      data-testid="minimap"
      role="img"
      aria-label={t('board:minimap.label')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveViewTo(e, false);
      }}
      onPointerMove={(e) => e.buttons === 1 && moveViewTo(e, false)}
      onPointerUp={(e) => moveViewTo(e, true)}
    >
      <canvas ref={canvasRef} style={SIZE} />
      <div ref={boxRef} className="board-minimap-view" />
    </div>
  );
}
