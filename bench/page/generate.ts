/**
 * Generated journeys for the benchmark (issue 8): 5 phases x 7 standard lanes, N notes laid out
 * in rows inside their cells the way a facilitator sticks them (the emotion lane: a few notes
 * per phase at the height of their score, so that the emotion curve runs through them), texts mixed from the example
 * workshops (assets/templates, copies of /work/shared/examples) in their real lengths plus some
 * longer combined ones, and lines between notes for 10% of the notes.
 *
 * Deterministic for a given seed, so two runs measure the same board.
 */
import { emotionNoteY } from '../../shared/analysis/emotionCurve';
import shop from '../../assets/templates/online-shop-de.json';
import b2b from '../../assets/templates/b2b-software-en.json';
import {
  CELL_PADDING,
  DEFAULT_COLOUR_BY_KIND,
  JourneySchema,
  NOTE_COLOURS,
  emptyPersona,
  phasesFor,
  standardLanes,
  type Connector,
  type Journey,
  type Note,
  type Touchpoint,
} from '../../shared/model';

export interface GenerateOptions {
  notes: number;
  seed?: number;
  /** Share of notes that start or end a line (issue 8: 10%). */
  connectorShare?: number;
}

interface ExampleNote {
  text: string;
  touchpoint?: Touchpoint;
}

/** mulberry32: small, fast, good enough to vary a board. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Ids shaped like the app's own (nanoid, 12 characters). */
function idMaker(rand: () => number): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let id = '';
      for (let i = 0; i < 12; i++) id += ID_CHARS[Math.floor(rand() * 64)];
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

function examplePool(): { texts: string[]; touchpoints: Touchpoint[]; sentences: string[] } {
  const examples = [shop, b2b];
  const notes: ExampleNote[] = examples.flatMap((e) => e.notes as ExampleNote[]);
  const sentences = examples.flatMap((e) => [
    ...e.backstory.split(/(?<=[.!?])\s+/),
    ...e.persona.challenges,
    ...e.persona.motivations,
    ...e.persona.wishesAndHopes,
    ...e.persona.fearsAndHurdles,
  ]);
  return {
    texts: notes.map((n) => n.text),
    touchpoints: notes.flatMap((n) => (n.touchpoint ? [n.touchpoint] : [])),
    sentences: sentences.filter((s) => s.trim().length > 0),
  };
}

/**
 * How many notes each lane gets relative to the others: touchpoints and thoughts dominate. The
 * emotion lane (index 3) is laid out on its own: a few notes per phase at their score's height,
 * as a facilitator draws the emotion curve.
 */
const LANE_WEIGHTS = [1.6, 1.2, 1.3, 0, 1.0, 0.8, 0.4];
const EMOTION_LANE = 3;
const SLOT = { width: 200, height: 160 };
const NOTE = { width: 160, height: 120 };
/** Tall enough that the five score levels are a note's height apart. */
const EMOTION_LANE_HEIGHT = 4 * NOTE.height + NOTE.height + 2 * CELL_PADDING;

export function generateJourney(options: GenerateOptions): Journey {
  const rand = random(options.seed ?? 8);
  const newId = idMaker(rand);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pool = examplePool();
  const now = new Date('2026-11-22T10:00:00.000Z').toISOString();

  const phases = phasesFor('funnel', 'en').map((p) => ({ ...p, id: newId() }));
  const lanes = standardLanes('en').map((l) => ({ ...l, id: newId() }));

  // A few emotion notes per phase, more on bigger boards; the rest spread by lane weight with
  // a little variation per phase.
  const emotionsPerPhase = Math.min(options.notes >= 10 * phases.length ? 2 + Math.round(options.notes / 1500) : 0, Math.floor(options.notes / phases.length));
  const weights: number[][] = lanes.map((_, li) => phases.map(() => (LANE_WEIGHTS[li] ?? 1) * (0.6 + 0.8 * rand())));
  const total = weights.flat().reduce((a, b) => a + b, 0);
  const rest = options.notes - emotionsPerPhase * phases.length;
  const counts = weights.map((row, li) => row.map((w) => (li === EMOTION_LANE ? emotionsPerPhase : Math.floor((w / total) * rest))));
  let missing = options.notes - counts.flat().reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i++) {
    const li = i % lanes.length;
    if (li === EMOTION_LANE) continue;
    counts[li]![Math.floor(i / lanes.length) % phases.length]! += 1;
    missing--;
  }

  // Cells a little wider than tall, as boards are; a phase is as wide as its widest cell.
  const perRow = phases.map((_, pi) => Math.max(2, Math.ceil(Math.sqrt(Math.max(...counts.map((row) => row[pi]!)) * 1.6))));
  phases.forEach((phase, pi) => (phase.width = CELL_PADDING + perRow[pi]! * (SLOT.width + CELL_PADDING)));
  lanes.forEach((lane, li) => {
    const rows = Math.max(1, ...phases.map((_, pi) => Math.ceil(counts[li]![pi]! / perRow[pi]!)));
    lane.height = li === EMOTION_LANE ? EMOTION_LANE_HEIGHT : CELL_PADDING + rows * (SLOT.height + CELL_PADDING);
  });

  const notes: Note[] = [];
  lanes.forEach((lane, li) => {
    phases.forEach((phase, pi) => {
      const count = counts[li]![pi]!;
      for (let slot = 0; slot < count; slot++) {
        if (li === EMOTION_LANE) {
          // Spread along the phase, each at the height of its score (shared/analysis/emotionCurve).
          const score = Math.floor(rand() * 5) - 2;
          const step = count > 1 ? (phase.width - 2 * CELL_PADDING - NOTE.width) / (count - 1) : 0;
          notes.push({
            id: newId(),
            kind: 'emotion',
            text: pick(pool.texts),
            colour: DEFAULT_COLOUR_BY_KIND.emotion,
            phaseId: phase.id,
            laneId: lane.id,
            x: CELL_PADDING + Math.round(slot * step),
            y: emotionNoteY(score, lane.height, NOTE.height),
            width: NOTE.width,
            height: NOTE.height,
            emotion: score,
          });
          continue;
        }
        const r = rand();
        // Most notes are a few words; some are a sentence or two and get a bigger note.
        const text =
          r < 0.65 ? pick(pool.texts) : r < 0.9 ? `${pick(pool.texts)}: ${pick(pool.sentences)}` : `${pick(pool.sentences)} ${pick(pool.sentences)} ${pick(pool.texts)}`;
        const long = text.length > 90;
        const note: Note = {
          id: newId(),
          kind: lane.kind,
          text,
          colour: rand() < 0.1 ? pick(NOTE_COLOURS) : DEFAULT_COLOUR_BY_KIND[lane.kind],
          phaseId: phase.id,
          laneId: lane.id,
          x: CELL_PADDING + (slot % perRow[pi]!) * (SLOT.width + CELL_PADDING),
          y: CELL_PADDING + Math.floor(slot / perRow[pi]!) * (SLOT.height + CELL_PADDING),
          width: long ? 200 : NOTE.width,
          height: long ? 160 : NOTE.height,
        };
        if (lane.kind === 'touchpoint' && pool.touchpoints.length) note.touchpoint = { ...pick(pool.touchpoints) };
        if (rand() < 0.1) note.votes = 1 + Math.floor(rand() * 5);
        notes.push(note);
      }
    });
  });

  // Lines mostly lead from a note to one in the next phase, in the same or a nearby lane.
  const byCell = new Map<string, Note[]>();
  for (const n of notes) {
    const key = `${n.phaseId}/${n.laneId}`;
    const list = byCell.get(key);
    if (list) list.push(n);
    else byCell.set(key, [n]);
  }
  const connectors: Connector[] = [];
  const wanted = Math.round(notes.length * (options.connectorShare ?? 0.1));
  for (let tries = 0; connectors.length < wanted && tries < wanted * 20; tries++) {
    const from = pick(notes);
    const pi = phases.findIndex((p) => p.id === from.phaseId);
    const li = lanes.findIndex((l) => l.id === from.laneId);
    const toPhase = phases[Math.min(phases.length - 1, pi + (rand() < 0.8 ? 1 : 0))]!;
    const toLane = lanes[Math.max(0, Math.min(lanes.length - 1, li + Math.floor(rand() * 3) - 1))]!;
    const candidates = byCell.get(`${toPhase.id}/${toLane.id}`);
    const to = candidates && pick(candidates);
    if (!to || to === from) continue;
    connectors.push({ id: newId(), from: from.id, to: to.id, label: rand() < 0.3 ? pick(['leads to', 'führt zu', 'then', 'because']) : '', arrow: true });
  }

  return JourneySchema.parse({
    id: newId(),
    title: `Benchmark ${options.notes.toLocaleString('en')} notes`,
    persona: { ...emptyPersona(), ...shop.persona, picture: null },
    backstory: shop.backstory,
    phases,
    lanes,
    notes,
    connectors,
    createdAt: now,
    updatedAt: now,
  });
}
