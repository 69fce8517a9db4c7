/**
 * Keys that mean something else while the room is in a mode: during a presentation the arrow
 * keys, Space, Escape and L step through the phases, leave and point instead of moving notes;
 * in tally mode a digit typed on a selected note starts typing its count. Which key runs which
 * action is in the catalogue (shared/actions/catalogue.ts, shortcuts with `when`); this handler
 * only knows the mode. Captured before the board's own key handling, and only in those modes.
 */
import { useEffect } from 'react';
import type { ShortcutMode } from '../../../shared/actions';
import { isEditableTarget } from '../../actions/bindings';
import { isModalOpen } from '../../actions/modal';
import { actionForKey } from '../../actions/keymap';
import type { ActionName } from '../../actions/registry';
import type { RoomContext } from '../roomCommands';

function modeOf(ctx: RoomContext): ShortcutMode | undefined {
  const room = ctx.room.getState();
  if (room.presentation.active) return 'presenting';
  if (room.voting?.mode === 'tally') return 'tally';
  return undefined;
}

export function useRoomKeys(options: { ctx: RoomContext; run(name: ActionName, input?: unknown): void }): void {
  const { ctx, run } = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isEditableTarget(e.target)) return;
      const board = ctx.board.getState();
      if (board.editing || board.shortcutsOpen || isModalOpen(ctx.board)) return;
      const mode = modeOf(ctx);
      if (!mode) return;
      const found = actionForKey(e, undefined, { scope: 'board', mode });
      if (!found) return;
      e.preventDefault();
      e.stopPropagation();
      run(found.name, found.input);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [ctx, run]);
}
