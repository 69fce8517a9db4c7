/**
 * What the facilitator's window and the participants' service say to each other: commands
 * (over IPC in the desktop app, over a same-origin WebSocket in the browser build) and the
 * session snapshot the service sends back after every change. Both directions are checked
 * with these schemas on arrival. Journey ids here are the facilitator's own (the service only
 * echoes them); a participant never chooses one.
 */
import { z } from 'zod';
import { IdSchema } from '../model/journey';
import { PARTICIPANT_LIMITS as L } from './limits';

const title = z.string().max(300);
const participantId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const round = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);

export const FacilitatorCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), anonymousAllowed: z.boolean() }),
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('setAnonymous'), allowed: z.boolean() }),
  z.object({ type: z.literal('renewCode') }),
  z.object({ type: z.literal('admit'), participantId }),
  z.object({ type: z.literal('remove'), participantId }),
  /** Opens writing for a phase (and a lane, or a choice of lanes); 'board' = brainwriting. */
  z.object({
    type: z.literal('openWriting'),
    mode: z.enum(['inbox', 'board']),
    phaseId: IdSchema,
    phaseTitle: title,
    laneId: IdSchema.nullable(),
    laneTitle: title.nullable(),
    lanes: z.array(z.object({ id: IdSchema, title })).max(L.lanesToChoose).nullable(),
  }),
  z.object({ type: z.literal('closeWriting') }),
  /** The facilitator is done with these inbox notes (accepted, placed or rejected). */
  z.object({ type: z.literal('resolveNotes'), keys: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)).max(L.inboxSize) }),
  z.object({
    type: z.literal('openVote'),
    notes: z.array(z.object({ id: IdSchema, text: z.string().max(10_000) })).min(1).max(L.voteNotes),
    dots: z.number().int().min(1).max(L.dotsPerParticipant),
    maxPerNote: z.number().int().min(1).max(L.dotsPerParticipant).nullable(),
  }),
  z.object({ type: z.literal('closeVote') }),
  z.object({ type: z.literal('openRating'), phaseId: IdSchema, phaseTitle: title }),
  z.object({ type: z.literal('closeRating') }),
]);
export type FacilitatorCommand = z.infer<typeof FacilitatorCommandSchema>;

export const InboxNoteSchema = z.object({
  /** The service's key for this note (not the phone's id). */
  key: z.string().max(40),
  participantId,
  text: z.string().max(L.noteLength),
  mode: z.enum(['inbox', 'board']),
  phaseId: IdSchema,
  laneId: IdSchema.nullable(),
  receivedAt: z.number().finite(),
});
export type InboxNote = z.infer<typeof InboxNoteSchema>;

export const ParticipantViewSchema = z.object({
  id: participantId,
  name: z.string().max(L.nameLength),
  via: z.enum(['link', 'code']),
  admitted: z.boolean(),
  connected: z.boolean(),
  notes: z.number().int().min(0),
  votes: z.number().int().min(0),
  rated: z.boolean(),
});
export type ParticipantView = z.infer<typeof ParticipantViewSchema>;

export const SessionSnapshotSchema = z.object({
  session: z
    .object({
      joinUrl: z.string().max(500),
      address: z.string().max(200),
      code: z.string().max(12),
      codeExpiresAt: z.number().finite(),
      anonymousAllowed: z.boolean(),
    })
    .nullable(),
  participants: z.array(ParticipantViewSchema).max(L.participants),
  inbox: z.array(InboxNoteSchema).max(L.inboxSize),
  writing: z
    .object({ mode: z.enum(['inbox', 'board']), phaseId: IdSchema, laneId: IdSchema.nullable(), phaseTitle: title })
    .nullable(),
  vote: z
    .object({
      round,
      noteIds: z.array(IdSchema).max(L.voteNotes),
      dots: z.number().int(),
      maxPerNote: z.number().int().nullable(),
      /** Dots per journey note id, over all participants. */
      tally: z.record(z.string(), z.number().int().min(0)),
      voters: z.number().int().min(0),
    })
    .nullable(),
  rating: z
    .object({
      round,
      phaseId: IdSchema,
      phaseTitle: title,
      /** How many participants gave -2, -1, 0, +1, +2. */
      distribution: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
    })
    .nullable(),
  counts: z.object({ joined: z.number().int(), notesArrived: z.number().int(), votesCast: z.number().int() }),
  /** The service stopped by itself (e.g. its network interface went away). */
  error: z.enum(['noNetwork', 'portInUse', 'failed']).nullable(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

export const EMPTY_SNAPSHOT: SessionSnapshot = {
  session: null,
  participants: [],
  inbox: [],
  writing: null,
  vote: null,
  rating: null,
  counts: { joined: 0, notesArrived: 0, votesCast: 0 },
  error: null,
};
