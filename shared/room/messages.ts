/**
 * What the facilitator's window and the projector window tell each other over the room's
 * BroadcastChannel. The journey itself travels through the storage sync; this channel carries
 * what is not part of the journey: the camera, presentation step, timer, laser pointer and
 * the projector's size. Every message is checked on arrival, like any other input.
 */
import { z } from 'zod';
import { IdSchema } from '../model/journey';

export const ROOM_CHANNEL = 'journeyboard-room';

const finite = z.number().finite();
const size = z.number().finite().min(1).max(100_000);

export const RoomCameraSchema = z.object({ x: finite, y: finite, zoom: z.number().finite().min(0.001).max(100) });
export const ViewportSchema = z.object({ width: size, height: size });

const TimerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('running'), durationMs: finite, endsAt: finite }),
  z.object({ status: z.literal('paused'), durationMs: finite, remainingMs: finite }),
  z.object({ status: z.literal('finished'), durationMs: finite, finishedAt: finite }),
]);

export const ProjectorViewSchema = z.discriminatedUnion('mode', [
  /** The projector shows what the facilitator's window shows. */
  z.object({ mode: z.literal('follow'), camera: RoomCameraSchema, viewport: ViewportSchema }),
  /** The projector stays on one phase (or the whole journey) while the facilitator works elsewhere. */
  z.object({ mode: z.literal('phase'), phaseId: IdSchema.nullable() }),
  /** The projector frames this board area: the current step of a presentation. */
  z.object({
    mode: z.literal('frame'),
    rect: z.object({ x: finite, y: finite, width: z.number().finite().positive(), height: z.number().finite().positive() }),
  }),
]);
export type ProjectorView = z.infer<typeof ProjectorViewSchema>;

export const RoomStateSchema = z.object({
  journeyId: IdSchema.nullable(),
  view: ProjectorViewSchema,
  presentation: z.object({
    active: z.boolean(),
    phaseId: IdSchema.nullable(),
    /** The part of the phase shown, of how many; the step of how many (for the captions). */
    part: z.number().int().min(0).max(1000),
    parts: z.number().int().min(1).max(1000),
    step: z.number().int().min(0).max(100_000),
    steps: z.number().int().min(1).max(100_000),
    /** Which guiding questions the spotlit phase shows: while mapping, or in the optimisation round. */
    questions: z.enum(['mapping', 'optimisation', 'none']),
  }),
  timer: TimerSchema,
  /** Note text scale on the projector ("enlarge for the room"). */
  fontScale: z.number().finite().min(0.5).max(4),
  showVotes: z.boolean(),
  brainwriting: z.boolean(),
  language: z.enum(['en', 'de']),
  /** The board's look as the facilitator chose it; the projector adds its contrast on top. */
  look: z.object({ font: z.enum(['handwriting', 'plain']), palette: z.enum(['standard', 'colourBlindSafe']) }),
});
export type RoomState = z.infer<typeof RoomStateSchema>;

export const ProjectorStatusSchema = z.object({
  viewport: ViewportSchema,
  deviceScale: z.number().finite().min(0.25).max(8),
});
export type ProjectorStatus = z.infer<typeof ProjectorStatusSchema>;

export const RoomMessageSchema = z.discriminatedUnion('type', [
  /** Facilitator to projector: the whole room state, sent on every change (it is small). */
  z.object({ type: z.literal('state'), state: RoomStateSchema }),
  /** Facilitator to projector: the laser pointer moved (board coordinates) or left (null). */
  z.object({ type: z.literal('laser'), point: z.object({ x: finite, y: finite }).nullable() }),
  /** Projector to facilitator: "I am here, send me the state". */
  z.object({ type: z.literal('hello') }),
  /** Projector to facilitator: its size, sent on resize and as a heartbeat. */
  z.object({ type: z.literal('projector'), status: ProjectorStatusSchema }),
  /** Projector to facilitator: the window is closing. */
  z.object({ type: z.literal('bye') }),
  /** Projector to facilitator: a presentation clicker was pressed while the projector had focus. */
  z.object({ type: z.literal('step'), direction: z.union([z.literal(1), z.literal(-1)]) }),
  /** Facilitator to projector: close yourself (a browser window the facilitator lost hold of). */
  z.object({ type: z.literal('close') }),
]);
export type RoomMessage = z.infer<typeof RoomMessageSchema>;

/** The message, or null for anything malformed (ignored, never thrown). */
export function parseRoomMessage(data: unknown): RoomMessage | null {
  const parsed = RoomMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
