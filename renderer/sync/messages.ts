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

/** The journey's change stamp the sender holds (JourneyRow.revision); older builds send none. */
const RevisionSchema = z.number().int().nonnegative().optional();

const StampSchema = z.tuple([z.number().int().nonnegative(), z.string().max(100)]);
/**
 * Per note, the changed fields' stamps (fieldClock.ts): [field, stamp, base]. Older builds
 * send none; their changes are then applied record by record, as before.
 */
const NoteStampsSchema = z.array(z.tuple([IdSchema, z.array(z.tuple([z.string().max(40), StampSchema, StampSchema])).max(40)]));
/** Per deleted note, the newest stamp the deleting window knew. */
const DeleteStampsSchema = z.array(z.tuple([IdSchema, StampSchema]));

const ChangesMessageSchema = z.object({
  type: z.literal('changes'),
  from: z.string(),
  journeyId: IdSchema,
  revision: RevisionSchema,
  meta: MetaPatchSchema,
  notes: z.array(z.tuple([IdSchema, NoteSchema.nullable()])),
  connectors: z.array(z.tuple([IdSchema, ConnectorSchema.nullable()])),
  noteStamps: NoteStampsSchema.optional(),
  deleteStamps: DeleteStampsSchema.optional(),
});

const SyncMessageSchema = z.discriminatedUnion('type', [
  ChangesMessageSchema,
  /** A window opened this journey: whoever holds it answers with a snapshot. */
  z.object({ type: z.literal('hello'), from: z.string(), journeyId: IdSchema, revision: RevisionSchema }),
  z.object({ type: z.literal('snapshot'), from: z.string(), to: z.string(), journey: JourneySchema, revision: RevisionSchema }),
  /** The journey was replaced as a whole (import, Replace): windows holding it load the new one. */
  z.object({ type: z.literal('replaced'), from: z.string(), journeyId: IdSchema, revision: z.number().int().nonnegative(), copyId: IdSchema }),
  /** Journeys were created, renamed, trashed or deleted: libraries reload their list. */
  z.object({ type: z.literal('library'), from: z.string() }),
]);

export type SyncMessage = z.infer<typeof SyncMessageSchema>;
export type ChangesMessage = z.infer<typeof ChangesMessageSchema>;

export function parseSyncMessage(data: unknown): SyncMessage | null {
  const parsed = SyncMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function changesMessage(from: string, changes: JourneyChanges, revision = 0): ChangesMessage {
  return {
    type: 'changes',
    from,
    journeyId: changes.journeyId,
    revision,
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

export function snapshotMessage(from: string, to: string, journey: Journey, revision = 0): SyncMessage {
  return { type: 'snapshot', from, to, journey, revision };
}

export type { Id };
