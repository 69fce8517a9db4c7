/**
 * Keys that mean something else while the room is in a mode: during a presentation the arrow
 * keys, Page Up/Down (as presentation clickers send them), Space, Home and Escape step through
 * the phases instead of moving notes; in tally mode a digit typed on a selected note starts
 * typing its count. Captured before the board's own key handling, and only in those modes.
 */
import { useEffect } from 'react';
import type { Id } from '../../../shared/model';
import { isEditableTarget } from '../../actions/bindings';
import { isModalOpen } from '../../actions/modal';
import { facilitatorViewport } from '../facilitatorView';
import { leavePresentation, stepPresentation, toggleLaser, type RoomContext } from '../roomCommands';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function useRoomKeys(options: { ctx: RoomContext; onTallyDigit(noteId: Id, digit: string): void }): void {
  const { ctx, onTallyDigit } = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isEditableTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const board = ctx.board.getState();
      if (board.editing || board.shortcutsOpen || isModalOpen(ctx.board)) return;
      const room = ctx.room.getState();
      const stop = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      if (room.presentation.active) {
        if (NEXT.has(e.key)) {
          stop();
          stepPresentation(ctx, 1, facilitatorViewport());
        } else if (PREVIOUS.has(e.key)) {
          stop();
          stepPresentation(ctx, -1, facilitatorViewport());
        } else if (e.key === 'Escape') {
          stop();
          leavePresentation(ctx);
        } else if (e.key.toLowerCase() === 'l') {
          stop();
          toggleLaser(ctx);
        }
        return;
      }
      if (room.voting?.mode === 'tally' && /^[0-9]$/.test(e.key) && board.selectedNoteIds.size === 1) {
        stop();
        onTallyDigit([...board.selectedNoteIds][0]!, e.key);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [ctx, onTallyDigit]);
}
