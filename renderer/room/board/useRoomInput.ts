/**
 * The room's pointer input on the facilitator's board: in voting mode a click on a note gives
 * it a dot (Alt+click or right-click takes one off) or, in tally mode, opens the count editor;
 * with the laser on, the pointer's board position goes to the projector. Listeners run in the
 * capture phase so that a vote click never also starts a drag or opens the context menu;
 * clicks beside notes still pan and select as usual.
 */
import { useEffect } from 'react';
import type { Id } from '../../../shared/model';
import type { BoardView } from '../../canvas/stage/BoardView';
import { voteOnNote, type RoomContext } from '../roomCommands';
import type { FacilitatorLink } from '../facilitatorLink';

function screenPoint(view: BoardView, e: MouseEvent) {
  const box = view.container.getBoundingClientRect();
  return { x: e.clientX - box.left, y: e.clientY - box.top };
}

export function noteUnderPointer(view: BoardView, e: MouseEvent): Id | null {
  return view.scene.noteAt(view.toBoard(screenPoint(view, e)))?.note.id ?? null;
}

export function useRoomInput(options: {
  view: BoardView | null;
  ctx: RoomContext;
  link: FacilitatorLink;
  onTally(noteId: Id): void;
}): void {
  const { view, ctx, link, onTally } = options;

  useEffect(() => {
    if (!view) return;
    const el = view.container;
    const voting = () => ctx.room.getState().voting;

    const down = (e: PointerEvent) => {
      const mode = voting()?.mode;
      if (!mode || (e.button !== 0 && e.button !== 2)) return;
      const id = noteUnderPointer(view, e);
      if (!id) return;
      e.stopPropagation();
      e.preventDefault();
      if (mode === 'tally') onTally(id);
      else voteOnNote(ctx, id, e.button === 2 || e.altKey ? -1 : 1);
    };
    const swallow = (e: MouseEvent) => {
      if (voting() && noteUnderPointer(view, e)) {
        e.stopPropagation();
        e.preventDefault();
      }
    };

    let pending: { x: number; y: number } | null = null;
    let frame = 0;
    const move = (e: PointerEvent) => {
      if (!ctx.room.getState().laser) return;
      pending = view.toBoard(screenPoint(view, e));
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (pending) link.sendLaser(pending);
        });
      }
    };
    const leave = () => {
      pending = null;
      if (ctx.room.getState().laser) link.sendLaser(null);
    };

    el.addEventListener('pointerdown', down, { capture: true });
    el.addEventListener('contextmenu', swallow, { capture: true });
    el.addEventListener('dblclick', swallow, { capture: true });
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerleave', leave);
    const offLaser = ctx.room.subscribe((state, previous) => {
      if (previous.laser && !state.laser) link.sendLaser(null);
      el.classList.toggle('room-laser-on', state.laser);
      el.classList.toggle('room-voting-on', state.voting !== null);
    });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('pointerdown', down, { capture: true });
      el.removeEventListener('contextmenu', swallow, { capture: true });
      el.removeEventListener('dblclick', swallow, { capture: true });
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerleave', leave);
      offLaser();
    };
  }, [view, ctx, link, onTally]);
}
