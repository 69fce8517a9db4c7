/**
 * Property-based: random and mutated journey files never make the importer throw, never
 * pollute Object.prototype, and always end in either a valid journey or an error code.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureEnvelope, fixtureText, utf8 } from '../../test/fixtures/fixtures';
import { JourneySchema, LIMITS, NOTE_COLOURS, NOTE_KINDS, type Journey } from '../model';
import { importJourneyBytes, importJourneyText, importJourneyValue } from './importJourney';
import type { ImportErrorCode, ImportResult } from './result';
import { isUsableId } from './restore/ids';
import { serialiseJourney } from './serialise';

const ERROR_CODES: readonly ImportErrorCode[] = [
  'tooLarge', 'empty', 'binary', 'invalidUtf8', 'truncatedJson', 'invalidJson', 'tooDeep', 'notAJourney', 'otherApp',
  'newerVersion', 'versionMissing', 'versionInvalid', 'migrationFailed', 'missingField', 'wrongType', 'tooMany',
  'pngWithoutJourney', 'pngChunkCorrupt', 'pngChunkTruncated',
];

const outcomes = { ok: 0, error: 0 };

function checkOutcome(run: () => ImportResult): void {
  let result: ImportResult | undefined;
  expect(() => {
    result = run();
  }).not.toThrow();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  outcomes[result!.ok ? 'ok' : 'error'] += 1;
  if (result!.ok) {
    expect(JourneySchema.safeParse(result!.journey).success).toBe(true);
  } else {
    // 'invalid' (restore let something through) and 'internal' (something threw) are bugs.
    expect(ERROR_CODES).toContain(result!.error.code);
  }
}

/** Every path to a value inside a JSON tree (the fixture is small; a loop, not recursion). */
function allPaths(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return out;
}

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown };

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'polluted', 'id', 'x', 'notes');
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1e308, -0, 0.5, -2, 10_001, '', 'ä😀', null, [], {}),
  // An own `__proto__` key, as JSON.parse makes it (an object literal would set the prototype).
  fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":1}}}') as unknown),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyJson }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: fc.oneof(hostileKey, fc.string()), value: anyJson }),
);

function applyMutations(root: Record<string, unknown>, mutations: Mutation[]): void {
  for (const m of mutations) {
    const paths = allPaths(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) continue;
    type Node = Record<string | number, unknown>;
    let parent = root as Node;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Node;
    const key = path[path.length - 1]!;
    if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) {
      Object.defineProperty(parent[key] as object, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('the importer under random input', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => checkOutcome(() => importJourneyBytes(bytes))), { numRuns: 300 });
  });

  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checkOutcome(() => importJourneyText(JSON.stringify(value) ?? 'null'));
        checkOutcome(() => importJourneyValue({ format: 'journeyboard', version: 1, journey: value }));
      }),
      { numRuns: 300 },
    );
  });

  it('the fixture with random values replaced, deleted and hostile keys added (as JSON text)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const env = fixtureEnvelope() as unknown as Record<string, unknown>;
        applyMutations(env, mutations);
        checkOutcome(() => importJourneyText(JSON.stringify(env)));
      }),
      { numRuns: 400 },
    );
    // Mutations must reach both ends: repaired journeys and refused files.
    expect(outcomes.ok).toBeGreaterThan(20);
    expect(outcomes.error).toBeGreaterThan(20);
  });

  it('the fixture text cut or with bytes flipped', () => {
    const bytes = utf8(fixtureText());
    fc.assert(
      fc.property(fc.nat({ max: bytes.length }), fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), (cut, flips) => {
        const copy = new Uint8Array(bytes.subarray(0, Math.max(cut, 1)));
        for (const [at, value] of flips) if (at < copy.length) copy[at] = value;
        checkOutcome(() => importJourneyBytes(copy));
      }),
      { numRuns: 300 },
    );
  });
});

// Ids the schema allows but restore reserves (`constructor`, `toString`...) cannot come from
// the app (nanoid makes 12-character ids) and are replaced on import; see restore/ids.ts.
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/).filter(isUsableId);
const score = fc.integer({ min: -2, max: 2 });
const arbitraryJourney: fc.Arbitrary<Journey> = fc
  .record({
    title: fc.string({ maxLength: 40 }),
    phaseCount: fc.integer({ min: 0, max: 5 }),
    laneCount: fc.integer({ min: 0, max: 4 }),
    notes: fc.array(
      fc.record({
        text: fc.string({ maxLength: 60, unit: 'grapheme' }),
        kind: fc.constantFrom(...NOTE_KINDS),
        colour: fc.constantFrom(...NOTE_COLOURS),
        cell: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
        x: fc.integer({ min: -LIMITS.coordinate, max: LIMITS.coordinate }),
        // -0 cannot survive any JSON round trip (it is written as 0), so it is not generated.
        y: fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)),
        width: fc.integer({ min: LIMITS.noteSizeMin, max: LIMITS.noteSizeMax }),
        emotion: fc.option(score, { nil: undefined }),
        votes: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
        touchpoint: fc.option(
          fc.record(
            { directness: fc.constantFrom('direct', 'indirect'), companyRating: score, interaction: fc.constantFrom('marketingReach', 'serviceFeedback') },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
      }),
      { maxLength: 25 },
    ),
  })
  .chain((shape) =>
    fc.tuple(fc.uniqueArray(id, { minLength: shape.notes.length + 1, maxLength: shape.notes.length + 1 })).map(([ids]) => {
      const phases = Array.from({ length: shape.phaseCount }, (_, i) => ({ id: `p${i}`, title: `Phase ${i}`, width: 480 }));
      const lanes = Array.from({ length: shape.laneCount }, (_, i) => ({ id: `l${i}`, title: `Lane ${i}`, kind: NOTE_KINDS[i % NOTE_KINDS.length]!, height: 240, hidden: i === 3 }));
      const notes = shape.notes.map((n, i) => {
        const inCell = n.cell && phases.length > 0 && lanes.length > 0;
        const note: Journey['notes'][number] = {
          id: ids[i + 1]!,
          kind: n.kind,
          text: n.text,
          colour: n.colour,
          phaseId: inCell ? phases[n.cell![0] % phases.length]!.id : null,
          laneId: inCell ? lanes[n.cell![1] % lanes.length]!.id : null,
          x: n.x,
          y: n.y,
          width: n.width,
          height: 120,
        };
        if (n.emotion !== undefined) note.emotion = n.emotion;
        if (n.votes !== undefined) note.votes = n.votes;
        if (n.touchpoint) note.touchpoint = n.touchpoint as Journey['notes'][number]['touchpoint'];
        return note;
      });
      const connectors = notes.length >= 2 ? [{ id: 'c1', from: notes[0]!.id, to: notes[1]!.id, label: 'weiter', arrow: true }] : [];
      return {
        ...fixtureEnvelope().journey,
        id: ids[0]!,
        title: shape.title,
        phases,
        lanes,
        notes,
        connectors,
      } as Journey;
    }),
  );

describe('valid journeys', () => {
  it('export then import gives the same journey, for any valid journey', () => {
    fc.assert(
      fc.property(arbitraryJourney, (journey) => {
        expect(JourneySchema.safeParse(journey).success).toBe(true);
        const result = importJourneyText(serialiseJourney(journey));
        expect(result.ok && result.repairs).toEqual([]);
        expect(result.ok && result.journey).toEqual(journey);
      }),
      { numRuns: 200 },
    );
  });
});
