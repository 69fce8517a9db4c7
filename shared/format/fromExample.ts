/**
 * The example workshops in /work/shared/examples (and assets built from them) use a neutral
 * shape: phases and lanes as name lists, notes naming their phase and lane by index,
 * connectors as [fromNoteIndex, toNoteIndex, label]. This turns one into a Journey, laid out
 * like a facilitator would: notes in rows inside their cell, lanes tall enough for the
 * fullest cell. Demo journeys, templates and the test fixtures are built with it.
 */
import { z } from 'zod';
import { emotionNoteY } from '../analysis/emotionCurve';
import {
  CELL_PADDING,
  DEFAULT_COLOUR_BY_KIND,
  defaultLaneHeight,
  DEFAULT_NOTE_SIZE,
  DEFAULT_PHASE_WIDTH,
  emptyPersona,
  JourneySchema,
  LIMITS,
  newId,
  STANDARD_LANES,
  TouchpointSchema,
  type Journey,
  type Lane,
  type Note,
  type NoteKind,
} from '../model';

const ExampleSchema = z.object({
  language: z.enum(['en', 'de']),
  title: z.string().max(LIMITS.titleLength),
  persona: z
    .object({
      name: z.string(),
      age: z.number().int().min(0).max(150).nullable().optional(),
      education: z.string().optional(),
      jobTitle: z.string().optional(),
      income: z.string().optional(),
      challenges: z.array(z.string()).optional(),
      motivations: z.array(z.string()).optional(),
      wishesAndHopes: z.array(z.string()).optional(),
      fearsAndHurdles: z.array(z.string()).optional(),
    })
    .optional(),
  backstory: z.string().optional(),
  phases: z.array(z.string()).min(1).max(LIMITS.phases),
  lanes: z.array(z.string()).max(LIMITS.lanes),
  notes: z.array(
    z.object({
      phase: z.number().int().min(0),
      lane: z.number().int().min(0),
      text: z.string().max(LIMITS.textLength),
      touchpoint: TouchpointSchema.optional(),
      emotion: z.number().int().min(-2).max(2).optional(),
    }),
  ),
  connectors: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.string()])).optional(),
});
export type ExampleJourney = z.infer<typeof ExampleSchema>;

/** Lane names the examples use besides the standard titles. */
const LANE_SYNONYMS: Record<string, NoteKind> = {
  handlungen: 'customerAction',
  actions: 'customerAction',
  chancen: 'opportunity',
  opportunities: 'opportunity',
  ideen: 'opportunity',
  ideas: 'opportunity',
  kennzahlen: 'kpi',
};

function laneKind(title: string, index: number): NoteKind {
  const key = title.trim().toLowerCase();
  for (const lane of STANDARD_LANES) {
    if (lane.title.en.toLowerCase() === key || lane.title.de.toLowerCase() === key) return lane.kind;
  }
  return LANE_SYNONYMS[key] ?? STANDARD_LANES[index]?.kind ?? 'free';
}

export type IdFor = (what: 'journey' | 'phase' | 'lane' | 'note' | 'connector', index: number) => string;

export interface FromExampleOptions {
  now?: Date;
  /** Readable, stable ids for fixtures; random ids by default. */
  idFor?: IdFor;
}

export function journeyFromExample(example: unknown, options: FromExampleOptions = {}): Journey {
  const ex = ExampleSchema.parse(example);
  const idFor: IdFor = options.idFor ?? (() => newId());
  const now = (options.now ?? new Date()).toISOString();
  const phases = ex.phases.map((title, i) => ({ id: idFor('phase', i), title, width: DEFAULT_PHASE_WIDTH }));
  const lanes: Lane[] = ex.lanes.map((title, i) => {
    const kind = laneKind(title, i);
    return { id: idFor('lane', i), title, kind, height: defaultLaneHeight(kind), hidden: false };
  });

  const { width, height } = DEFAULT_NOTE_SIZE;
  const perRow = Math.max(1, Math.floor((DEFAULT_PHASE_WIDTH - CELL_PADDING) / (width + CELL_PADDING)));
  const filled = new Map<string, number>();
  const notes: Note[] = ex.notes.map((n, i) => {
    const phase = phases[n.phase];
    const lane = lanes[n.lane];
    if (!phase || !lane) throw new Error(`example note ${i} names a phase or lane that does not exist`);
    const cell = `${n.phase}/${n.lane}`;
    const slot = filled.get(cell) ?? 0;
    filled.set(cell, slot + 1);
    const kind = lane.kind;
    const note: Note = {
      id: idFor('note', i),
      kind,
      text: n.text,
      colour: DEFAULT_COLOUR_BY_KIND[kind],
      phaseId: phase.id,
      laneId: lane.id,
      x: CELL_PADDING + (slot % perRow) * (width + CELL_PADDING),
      y: CELL_PADDING + Math.floor(slot / perRow) * (height + CELL_PADDING),
      width,
      height,
    };
    if (n.emotion !== undefined) note.emotion = n.emotion;
    if (n.touchpoint) note.touchpoint = { ...n.touchpoint };
    return note;
  });
  // Each lane is as tall as its fullest cell needs.
  for (const [cell, count] of filled) {
    const lane = lanes[Number(cell.split('/')[1])]!;
    const rows = Math.ceil(count / perRow);
    lane.height = Math.min(LIMITS.laneHeightMax, Math.max(lane.height, CELL_PADDING + rows * (height + CELL_PADDING)));
  }

  // An emotion note's height in its lane is its score (the emotion curve runs through them).
  for (const note of notes) {
    const lane = lanes.find((l) => l.id === note.laneId);
    if (note.kind === 'emotion' && lane?.kind === 'emotion') note.y = emotionNoteY(note.emotion ?? 0, lane.height, note.height);
  }

  const connectors = (ex.connectors ?? []).flatMap(([from, to, label], i) => {
    const a = notes[from];
    const b = notes[to];
    return a && b && a !== b ? [{ id: idFor('connector', i), from: a.id, to: b.id, label, arrow: true }] : [];
  });

  const persona = { ...emptyPersona(), ...ex.persona, age: ex.persona?.age ?? null, picture: null };
  return JourneySchema.parse({
    id: idFor('journey', 0),
    title: ex.title,
    persona,
    backstory: ex.backstory ?? '',
    phases,
    lanes,
    notes,
    connectors,
    createdAt: now,
    updatedAt: now,
  });
}
