/** The app's room context: the board store, the room store and the wall clock. */
import { boardStore } from '../store/store';
import { projectorOf } from './projectorGeometry';
import { memoPresentationPlan } from './presentationPlan';
import type { RoomContext } from './roomCommands';
import { roomStore } from './roomStore';

export const roomContext: RoomContext = {
  board: boardStore,
  room: roomStore,
  now: () => Date.now(),
  plan: () => {
    const board = boardStore.getState();
    const room = roomStore.getState();
    if (!board.doc) return [];
    return memoPresentationPlan({
      doc: board.doc,
      projector: projectorOf(room).status,
      thresholdPx: room.settings.thresholdPx,
      fontScale: room.fontScale,
      look: { font: board.boardFont, palette: board.paletteName },
      questions: room.presentation.questions,
    });
  },
};
