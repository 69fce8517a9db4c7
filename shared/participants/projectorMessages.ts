/**
 * What the projector window shows of the phones' session, sent by the facilitator's window
 * over its own BroadcastChannel: the join link (drawn as a QR code), the short address and
 * code, and the counts. Names only when the facilitator chose to show them. Checked on arrival.
 */
import { z } from 'zod';
import { PARTICIPANT_LIMITS } from './limits';

export const PARTICIPANTS_CHANNEL = 'journeyboard-participants';

export const ProjectorJoinSchema = z.object({
  joinUrl: z.string().max(500),
  address: z.string().max(200),
  code: z.string().max(12),
  joined: z.number().int().min(0),
  notes: z.number().int().min(0),
  votes: z.number().int().min(0),
  names: z.array(z.string().max(PARTICIPANT_LIMITS.nameLength)).max(PARTICIPANT_LIMITS.participants).nullable(),
  /** Whether the projector shows the QR code (the facilitator can hide it while presenting). */
  showJoin: z.boolean(),
});
export type ProjectorJoin = z.infer<typeof ProjectorJoinSchema>;

export const ParticipantsChannelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('join'), join: ProjectorJoinSchema.nullable() }),
  z.object({ type: z.literal('hello') }),
]);
export type ParticipantsChannelMessage = z.infer<typeof ParticipantsChannelMessageSchema>;
