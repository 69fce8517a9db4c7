/**
 * What windows of the app tell each other over a BroadcastChannel. Only this app's pages (same
 * origin) can post on it, but a message is still checked before it touches the store: a bug
 * or an older build in another window must not corrupt this one's journey.
 */
import { z } from 'zod';
import { ConnectorSchema, IdSchema, JourneySchema, NoteSchema, type Id, type Journey } from '../../shared/model';
import type { JourneyChanges, MetaPatch } from '../db/changes';

export const SYNC_CHANNEL_NAME = 'journeyboard-sync';

const metaShape = JourneySchema.omit({ id: true, notes: true, connectors: true }).shape;
const MetaPatchSchema = z
  .record(z.string(), z.unknown())
  .refine((meta) => Object.entries(meta).every(([key, value]) => key in metaShape && metaShape[key as keyof typeof metaShape].safeParse(value).success));

const ChangesMessageSchema = z.object({
  type: z.literal('changes'),
  from: z.string(),
  journeyId: IdSchema,
  meta: MetaPatchSchema,
  notes: z.array(z.tuple([IdSchema, NoteSchema.nullable()])),
  connectors: z.array(z.tuple([IdSchema, ConnectorSchema.nullable()])),
});

const SyncMessageSchema = z.discriminatedUnion('type', [
  ChangesMessageSchema,
  /** A window opened this journey: whoever holds it answers with a snapshot. */
  z.object({ type: z.literal('hello'), from: z.string(), journeyId: IdSchema }),
  z.object({ type: z.literal('snapshot'), from: z.string(), to: z.string(), journey: JourneySchema }),
  /** Journeys were created, renamed, trashed or deleted: libraries reload their list. */
  z.object({ type: z.literal('library'), from: z.string() }),
]);

export type SyncMessage = z.infer<typeof SyncMessageSchema>;
export type ChangesMessage = z.infer<typeof ChangesMessageSchema>;

export function parseSyncMessage(data: unknown): SyncMessage | null {
  const parsed = SyncMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function changesMessage(from: string, changes: JourneyChanges): ChangesMessage {
  return {
    type: 'changes',
    from,
    journeyId: changes.journeyId,
    meta: changes.meta as Record<string, unknown>,
    notes: [...changes.notes],
    connectors: [...changes.connectors],
  };
}

export function changesFromMessage(message: ChangesMessage): JourneyChanges {
  return {
    journeyId: message.journeyId,
    meta: message.meta as MetaPatch,
    notes: new Map(message.notes),
    connectors: new Map(message.connectors),
  };
}

export function snapshotMessage(from: string, to: string, journey: Journey): SyncMessage {
  return { type: 'snapshot', from, to, journey };
}

export type { Id };
