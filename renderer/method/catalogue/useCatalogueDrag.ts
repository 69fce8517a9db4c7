/**
 * Dragging a catalogue entry onto the board with the pointer (mouse, pen or touch): a ghost
 * follows the pointer and the drop creates the note in the cell under it. A press without
 * movement is a click, which the palette treats as "add to its column". Escape cancels.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Point } from '../../../shared/model';

const DRAG_THRESHOLD = 5;

export interface DragGhost<T> {
  item: T;
  client: Point;
}

export function useCatalogueDrag<T>(handlers: { onDrop(item: T, client: Point): void; onClick(item: T): void }) {
  const [ghost, setGhost] = useState<DragGhost<T> | null>(null);
  const press = useRef<{ item: T; start: Point; pointerId: number; dragging: boolean } | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!ghost) return;
    const cancel = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      press.current = null;
      setGhost(null);
    };
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [ghost]);

  const bind = useCallback(
    (item: T) => ({
      onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        press.current = { item, start: { x: e.clientX, y: e.clientY }, pointerId: e.pointerId, dragging: false };
      },
      onPointerMove: (e: ReactPointerEvent<HTMLElement>) => {
        const p = press.current;
        if (!p || p.pointerId !== e.pointerId) return;
        const client = { x: e.clientX, y: e.clientY };
        if (!p.dragging && Math.hypot(client.x - p.start.x, client.y - p.start.y) < DRAG_THRESHOLD) return;
        p.dragging = true;
        setGhost({ item: p.item, client });
      },
      onPointerUp: (e: ReactPointerEvent<HTMLElement>) => {
        const p = press.current;
        press.current = null;
        if (!p || p.pointerId !== e.pointerId) return;
        setGhost(null);
        if (p.dragging) latest.current.onDrop(p.item, { x: e.clientX, y: e.clientY });
        else latest.current.onClick(p.item);
      },
      onPointerCancel: () => {
        press.current = null;
        setGhost(null);
      },
      onKeyDown: (e: React.KeyboardEvent<HTMLElement>) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          latest.current.onClick(item);
        }
      },
    }),
    [],
  );

  return { ghost, bind };
}
