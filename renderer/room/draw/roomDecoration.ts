/**
 * The room's marks on the facilitator's board, as one of the board's decorations: each note's
 * dot-vote badge, and a folded corner on notes the projector shows face down.
 */
import type { BoardDecoration } from '../../canvas/stage/decorations';
import { drawRoomMarks, hasRoomMarks } from './drawRoomMarks';

export const roomDecoration: BoardDecoration = {
  note: (ctx, note, rect, input) => {
    if (hasRoomMarks(note)) drawRoomMarks(ctx, note, rect, { zoom: input.zoom });
  },
};
