/**
 * What a participant's phone and the laptop's participants' service say to each other over
 * the WebSocket. Every frame from a phone is parsed with `parsePhoneMessage`: plain objects
 * only, sizes capped, unknown fields dropped (zod's default `object` strips them), so the
 * service never sees more than these shapes. The phone checks the service's answers with the
 * same schemas.
 */
import { z } from 'zod';
import { CLIENT_ID_PATTERN, PARTICIPANT_KEY_PATTERN, PARTICIPANT_LIMITS as L } from './limits';

/** Text typed on a phone: control characters other than newlines are removed, ends trimmed. */
export function cleanText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '').trim();
}

const name = z.string().max(L.nameLength * 4).transform(cleanText).pipe(z.string().max(L.nameLength));
const noteText = z.string().max(L.noteLength * 4).transform(cleanText).pipe(z.string().min(1).max(L.noteLength));
const round = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const ref = z.number().int().min(0).max(L.voteNotes - 1);

export const PhoneMessageSchema = z.discriminatedUnion('type', [
  /** First message: a name ('' = anonymous) and, after a reconnect, the key the phone was given. */
  z.object({ type: z.literal('join'), name, resume: z.string().regex(PARTICIPANT_KEY_PATTERN).optional() }),
  /** A note for what the facilitator opened; `id` is the phone's own, so a resend is recognised. */
  z.object({
    type: z.literal('note'),
    id: z.string().regex(CLIENT_ID_PATTERN),
    text: noteText,
    laneRef: z.number().int().min(0).max(L.lanesToChoose - 1).optional(),
  }),
  /** The phone's whole dot allocation for the round (replaces the previous one). */
  z.object({
    type: z.literal('votes'),
    round,
    dots: z
      .array(z.object({ ref, n: z.number().int().min(1).max(L.dotsPerParticipant) }))
      .max(L.voteNotes),
  }),
  /** The customer's emotion in the phase, as this participant sees it. */
  z.object({ type: z.literal('rate'), round, score: z.number().int().min(-2).max(2) }),
  z.object({ type: z.literal('ping') }),
]);
export type PhoneMessage = z.infer<typeof PhoneMessageSchema>;

export type PhoneParse = { ok: true; message: PhoneMessage } | { ok: false; reason: 'notText' | 'tooLarge' | 'notJson' | 'invalid' };

/** Parses one frame from a phone; never throws. */
export function parsePhoneMessage(data: unknown): PhoneParse {
  if (typeof data !== 'string') return { ok: false, reason: 'notText' };
  if (data.length > L.messageBytes) return { ok: false, reason: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'invalid' };
  const parsed = PhoneMessageSchema.safeParse(value);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, reason: 'invalid' };
}

export const WritingOfferSchema = z.object({
  /** 'board': the note goes straight onto the board, covered (brainwriting). */
  mode: z.enum(['inbox', 'board']),
  phaseTitle: z.string().max(300),
  /** A lane the facilitator chose, or the lanes the participant picks from. */
  laneTitle: z.string().max(300).nullable(),
  lanes: z.array(z.object({ ref: z.number().int(), title: z.string().max(300) })).max(L.lanesToChoose).nullable(),
});
export type WritingOffer = z.infer<typeof WritingOfferSchema>;

export const VotingOfferSchema = z.object({
  round,
  dots: z.number().int().min(1).max(L.dotsPerParticipant),
  maxPerNote: z.number().int().min(1).max(L.dotsPerParticipant).nullable(),
  notes: z.array(z.object({ ref, text: z.string().max(10_000) })).max(L.voteNotes),
  mine: z.array(z.object({ ref, n: z.number().int().min(1).max(L.dotsPerParticipant) })).max(L.voteNotes),
});
export type VotingOffer = z.infer<typeof VotingOfferSchema>;

export const RatingOfferSchema = z.object({
  round,
  phaseTitle: z.string().max(300),
  mine: z.number().int().min(-2).max(2).nullable(),
});
export type RatingOffer = z.infer<typeof RatingOfferSchema>;

export const REFUSALS = ['invalid', 'closed', 'notJoined', 'waiting', 'rateLimited', 'budget', 'full', 'nameRequired', 'round'] as const;
export type Refusal = (typeof REFUSALS)[number];

export const ServiceMessageSchema = z.discriminatedUnion('type', [
  /** Sent on connect: what the phone needs to show the join form. */
  z.object({ type: z.literal('hello'), anonymousAllowed: z.boolean() }),
  /** Joined: the key to come back with after a reconnect; `admitted` false = waiting for the facilitator. */
  z.object({ type: z.literal('welcome'), participantKey: z.string().regex(PARTICIPANT_KEY_PATTERN), name: z.string().max(L.nameLength), admitted: z.boolean() }),
  /** What the facilitator has open right now; null = closed. */
  z.object({
    type: z.literal('state'),
    writing: WritingOfferSchema.nullable(),
    voting: VotingOfferSchema.nullable(),
    rating: RatingOfferSchema.nullable(),
  }),
  /** A note arrived (also for a resent one the laptop already had). */
  z.object({ type: z.literal('ack'), id: z.string().regex(CLIENT_ID_PATTERN) }),
  z.object({ type: z.literal('refused'), reason: z.enum(REFUSALS), id: z.string().regex(CLIENT_ID_PATTERN).optional() }),
  /** The facilitator removed this participant, or the session ended. */
  z.object({ type: z.literal('removed') }),
  z.object({ type: z.literal('ended') }),
  z.object({ type: z.literal('pong') }),
]);
export type ServiceMessage = z.infer<typeof ServiceMessageSchema>;
