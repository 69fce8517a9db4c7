/**
 * What other parts of the app add to the board picture, in ONE list handed to the board's
 * canvas and to the exports: the method's marks (persona card, emotion curves, touchpoint
 * badges, the attribute highlight) and the room's (vote badges, covered corners, the presented
 * phase). Adding one is one entry here; the canvas itself knows only the BoardDecoration shape.
 */
import { methodDecoration } from '../method/canvas/methodDecoration';
import { roomDecoration } from '../room/draw/roomDecoration';
import type { BoardDecoration } from '../canvas/paint/decoration';

export const BOARD_DECORATIONS: readonly BoardDecoration[] = [methodDecoration, roomDecoration];
