/**
 * journey -> `.journey.json` text. Keys are written in a fixed order (the schema's), whatever
 * order the objects were built in, so saving the same journey twice gives the same bytes.
 * Layout: the envelope, journey fields and persona are indented; each phase, lane, note and
 * connector sits on one line of its own, so a diff of two saves shows one line per changed
 * note, and 100,000 notes stay 100,000 lines instead of a million.
 */
import type { Connector, Journey, Kpi, Lane, Note, Persona, Phase, Touchpoint } from '../model';
import { FORMAT_MARKER, FORMAT_VERSION } from './fileFormat';

const NOTE_ORDER: (keyof Note)[] = [
  'id', 'kind', 'phaseId', 'laneId', 'x', 'y', 'width', 'height', 'colour', 'text',
  'emotion', 'touchpoint', 'kpi', 'votes', 'covered', 'curve',
];
const TOUCHPOINT_ORDER: (keyof Touchpoint)[] = [
  'directness', 'initiative', 'ownership', 'medium', 'interaction', 'experience', 'companyRating', 'customerRating',
];
const KPI_ORDER: (keyof Kpi)[] = ['target', 'actual', 'owner', 'higherIsBetter'];
const PHASE_ORDER: (keyof Phase)[] = ['id', 'title', 'width'];
const LANE_ORDER: (keyof Lane)[] = ['id', 'title', 'kind', 'height', 'hidden'];
const CONNECTOR_ORDER: (keyof Connector)[] = ['id', 'from', 'to', 'label', 'arrow'];
const PERSONA_ORDER: (keyof Persona)[] = [
  'name', 'age', 'education', 'jobTitle', 'income', 'challenges', 'motivations', 'wishesAndHopes', 'fearsAndHurdles', 'picture',
];

/** Copies the listed keys in order, leaving out undefined ones. */
function ordered<T extends object>(value: T, order: readonly (keyof T)[], nested: Partial<Record<keyof T, readonly string[]>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = value[key];
    if (v === undefined) continue;
    const inner = nested[key];
    out[key as string] = inner && typeof v === 'object' && v !== null ? ordered(v, inner as (keyof typeof v)[]) : v;
  }
  return out;
}

const line = (value: unknown) => JSON.stringify(value);

function list(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `${indent}  ${line(item)}`).join(',\n')}\n${indent}]`;
}

export interface SerialiseOptions {
  /** Written to the envelope's `generator` field, e.g. "Journeyboard 0.1.0". */
  generator?: string;
}

export function serialiseJourney(journey: Journey, options: SerialiseOptions = {}): string {
  const i2 = '    ';
  const persona = JSON.stringify(ordered(journey.persona, PERSONA_ORDER), null, 2).replace(/\n/g, `\n${i2}`);
  const fields: [string, string][] = [
    ['id', line(journey.id)],
    ['title', line(journey.title)],
    ['createdAt', line(journey.createdAt)],
    ['updatedAt', line(journey.updatedAt)],
    ['persona', persona],
    ['backstory', line(journey.backstory)],
    ['phases', list(journey.phases.map((p) => ordered(p, PHASE_ORDER)), i2)],
    ['lanes', list(journey.lanes.map((l) => ordered(l, LANE_ORDER)), i2)],
    [
      'notes',
      list(
        journey.notes.map((n) => ordered(n, NOTE_ORDER, { touchpoint: TOUCHPOINT_ORDER, kpi: KPI_ORDER })),
        i2,
      ),
    ],
    ['connectors', list(journey.connectors.map((c) => ordered(c, CONNECTOR_ORDER)), i2)],
  ];
  const envelope: [string, string][] = [
    ['format', line(FORMAT_MARKER)],
    ['version', line(FORMAT_VERSION)],
  ];
  if (options.generator) envelope.push(['generator', line(options.generator)]);
  const journeyText = `{\n${fields.map(([k, v]) => `${i2}${line(k)}: ${v}`).join(',\n')}\n  }`;
  envelope.push(['journey', journeyText]);
  return `{\n${envelope.map(([k, v]) => `  ${line(k)}: ${v}`).join(',\n')}\n}\n`;
}
