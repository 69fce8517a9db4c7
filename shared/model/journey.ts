/**
 * The journey model: one journey is one workshop's flipchart.
 *
 * The zod schemas here are the single source of truth for the shape of a journey. Types are
 * inferred from them so the runtime check and the compile-time type can never drift apart.
 * Schemas are strict about types and ranges; repairing sloppy input (dangling references,
 * clamping) is the job of `shared/format/restore`, not of the schema.
 */
import { z } from 'zod';

/** Upper bounds that keep a hostile file from exhausting memory or the canvas. */
export const LIMITS = {
  textLength: 10_000,
  titleLength: 300,
  coordinate: 1_000_000,
  noteSizeMin: 40,
  noteSizeMax: 2_000,
  phaseWidthMin: 160,
  phaseWidthMax: 20_000,
  laneHeightMin: 80,
  laneHeightMax: 20_000,
  phases: 100,
  lanes: 50,
  notes: 100_000,
  connectors: 100_000,
  listItems: 50,
} as const;

export const NOTE_KINDS = [
  'touchpoint',
  'customerAction',
  'thought',
  'emotion',
  'painPoint',
  'opportunity',
  'kpi',
  'free',
] as const;
export const NoteKindSchema = z.enum(NOTE_KINDS);
export type NoteKind = z.infer<typeof NoteKindSchema>;

/**
 * Colours are stored as palette keys, not hex values, so that the projector theme and the
 * colour-blind-safe set can map them to different inks without touching the journey.
 */
export const NOTE_COLOURS = [
  'yellow',
  'orange',
  'pink',
  'red',
  'violet',
  'blue',
  'green',
  'grey',
] as const;
export const NoteColourSchema = z.enum(NOTE_COLOURS);
export type NoteColour = z.infer<typeof NoteColourSchema>;

/** Names that would reach Object.prototype when used as a key in a plain record. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((id) => !RESERVED_IDS.has(id), 'reserved id');
export type Id = z.infer<typeof IdSchema>;

const text = (max: number = LIMITS.textLength) => z.string().max(max);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
/** Ratings on the method's -2..+2 scale (emotion, company and customer rating). */
export const ScoreSchema = z.number().int().min(-2).max(2);

export const TouchpointSchema = z.object({
  directness: z.enum(['direct', 'indirect']).optional(),
  initiative: z.enum(['active', 'passive']).optional(),
  ownership: z.enum(['owned', 'paid', 'earned']).optional(),
  medium: z.enum(['online', 'offline']).optional(),
  interaction: z
    .enum(['marketingReach', 'salesInteraction', 'customerConversation', 'serviceFeedback'])
    .optional(),
  experience: z.enum(['positive', 'neutral', 'negative']).optional(),
  /** Inside-out: how the company rates this touchpoint. */
  companyRating: ScoreSchema.optional(),
  /** Outside-in: how customers rate the same touchpoint. */
  customerRating: ScoreSchema.optional(),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type TouchpointAttribute = keyof Touchpoint;

export const KpiSchema = z.object({
  target: text(200).optional(),
  actual: text(200).optional(),
  owner: text(200).optional(),
  /** Whether a larger actual is better (conversion rate) or worse (bounce rate, cost). */
  higherIsBetter: z.boolean().optional(),
});
export type Kpi = z.infer<typeof KpiSchema>;

export const NoteSchema = z.object({
  id: IdSchema,
  kind: NoteKindSchema,
  text: text(),
  colour: NoteColourSchema,
  /**
   * A note in a cell stores its offset from the cell's top-left corner, so that resizing or
   * reordering phases and lanes carries the notes along. A free note (phaseId and laneId null)
   * stores board coordinates.
   */
  phaseId: IdSchema.nullable(),
  laneId: IdSchema.nullable(),
  x: coordinate,
  y: coordinate,
  width: z.number().finite().min(LIMITS.noteSizeMin).max(LIMITS.noteSizeMax),
  height: z.number().finite().min(LIMITS.noteSizeMin).max(LIMITS.noteSizeMax),
  /** Emotion score -2..+2; meaningful on emotion notes. */
  emotion: ScoreSchema.optional(),
  touchpoint: TouchpointSchema.optional(),
  kpi: KpiSchema.optional(),
  /** Dot votes collected in the room. */
  votes: z.number().int().min(0).max(10_000).optional(),
  /** Brainwriting: covered on the projector until the facilitator reveals it. */
  covered: z.boolean().optional(),
  /** Which emotion curve the note belongs to: the as-is journey or the target experience. */
  curve: z.enum(['current', 'target']).optional(),
});
export type Note = z.infer<typeof NoteSchema>;

export const ConnectorSchema = z.object({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  label: text(500),
  arrow: z.boolean(),
});
export type Connector = z.infer<typeof ConnectorSchema>;

export const PhaseSchema = z.object({
  id: IdSchema,
  title: text(LIMITS.titleLength),
  width: z.number().finite().min(LIMITS.phaseWidthMin).max(LIMITS.phaseWidthMax),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const LaneSchema = z.object({
  id: IdSchema,
  title: text(LIMITS.titleLength),
  /** The kind of note this lane collects; new notes in it take that kind and its colour. */
  kind: NoteKindSchema,
  height: z.number().finite().min(LIMITS.laneHeightMin).max(LIMITS.laneHeightMax),
  hidden: z.boolean(),
});
export type Lane = z.infer<typeof LaneSchema>;

const stringList = z.array(text(1_000)).max(LIMITS.listItems);

export const PersonaSchema = z.object({
  name: text(200),
  age: z.number().int().min(0).max(150).nullable(),
  education: text(500),
  jobTitle: text(500),
  income: text(500),
  challenges: stringList,
  motivations: stringList,
  wishesAndHopes: stringList,
  fearsAndHurdles: stringList,
  /** A downscaled picture as a data: URL of a PNG, JPEG or WebP (checked by magic bytes). */
  picture: z
    .string()
    .max(3_000_000)
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/)
    .nullable(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const JourneySchema = z.object({
  id: IdSchema,
  title: text(LIMITS.titleLength),
  persona: PersonaSchema,
  backstory: text(),
  phases: z.array(PhaseSchema).max(LIMITS.phases),
  lanes: z.array(LaneSchema).max(LIMITS.lanes),
  notes: z.array(NoteSchema).max(LIMITS.notes),
  connectors: z.array(ConnectorSchema).max(LIMITS.connectors),
  /** ISO 8601 timestamps. */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Journey = z.infer<typeof JourneySchema>;

export function emptyPersona(): Persona {
  return {
    name: '',
    age: null,
    education: '',
    jobTitle: '',
    income: '',
    challenges: [],
    motivations: [],
    wishesAndHopes: [],
    fearsAndHurdles: [],
    picture: null,
  };
}
