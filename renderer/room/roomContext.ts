/** The app's room context: the board store, the room store and the wall clock. */
import { boardStore } from '../store/store';
import type { RoomContext } from './roomCommands';
import { roomStore } from './roomStore';

export const roomContext: RoomContext = { board: boardStore, room: roomStore, now: () => Date.now() };
