/**
 * Keeps a DOM overlay (the text editor) exactly over a board rect while the camera moves:
 * updated imperatively on each drawn frame, without React renders.
 */
import { useLayoutEffect, type RefObject } from 'react';
import type { Rect } from '../../shared/model';
import type { BoardView } from '../canvas/stage/BoardView';

export function screenRect(view: BoardView, rect: Rect): Rect {
  const { x, y, zoom } = view.camera();
  return { x: rect.x * zoom + x, y: rect.y * zoom + y, width: rect.width * zoom, height: rect.height * zoom };
}

export function useFollowView(view: BoardView, ref: RefObject<HTMLElement | null>, boardRect: () => Rect | null, onZoom?: (zoom: number) => void): void {
  useLayoutEffect(() => {
    const place = () => {
      const el = ref.current;
      const rect = boardRect();
      if (!el || !rect) return;
      const r = screenRect(view, rect);
      el.style.left = `${r.x}px`;
      el.style.top = `${r.y}px`;
      el.style.width = `${r.width}px`;
      el.style.height = `${r.height}px`;
      onZoom?.(view.camera().zoom);
    };
    place();
    const offFrame = view.on('frame', place);
    const offScene = view.on('scene', place);
    return () => {
      offFrame();
      offScene();
    };
  });
}
