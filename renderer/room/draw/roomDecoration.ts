/**
 * The room's marks on the facilitator's board, as one of the board's decorations: each note's
 * dot-vote badge, a folded corner on notes the projector shows face down, and while a phase is
 * presented, the other phases' notes veiled as the room sees them dimmed.
 */
import type { BoardDecoration } from '../../canvas/paint/decoration';
import { roomStore } from '../roomStore';
import { drawRoomMarks, hasRoomMarks } from './drawRoomMarks';

export const roomDecoration: BoardDecoration = {
  note: (ctx, note, rect, input) => {
    if (hasRoomMarks(note)) drawRoomMarks(ctx, note, rect, { zoom: input.zoom });
  },
  dimmed: () => {
    const { active, phaseId } = roomStore.getState().presentation;
    return active && phaseId !== null ? (note) => note.phaseId !== phaseId : undefined;
  },
  watch: (redraw) =>
    roomStore.subscribe((s, p) => {
      if (s.presentation.active !== p.presentation.active || s.presentation.phaseId !== p.presentation.phaseId) redraw();
    }),
};
