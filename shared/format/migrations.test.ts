import { describe, expect, it } from 'vitest';
import { fixtureEnvelope, fixtureFiles, fixtureText } from '../../test/fixtures/fixtures';
import { FORMAT_VERSION } from './fileFormat';
import { importJourneyText, importJourneyValue } from './importJourney';
import { migrate, MIGRATIONS, type Migration } from './migrations';

/** Which registry entries the fixture files exercise, by running each through the importer. */
function exercisedBy(files: readonly string[], registry: readonly Migration[]): Set<number> {
  const seen = new Set<number>();
  for (const file of files) {
    const result = importJourneyText(fixtureText(file), { migrations: registry, onMigration: (from) => seen.add(from) });
    if (!result.ok) throw new Error(`${file}: ${result.error.code} ${JSON.stringify(result.error.params)}`);
  }
  return seen;
}

function unexercised(files: readonly string[], registry: readonly Migration[]): number[] {
  const seen = exercisedBy(files, registry);
  return registry.map((m) => m.from).filter((from) => !seen.has(from));
}

describe('migrations', () => {
  it('are numbered in order from version 1, and the current version follows from them', () => {
    MIGRATIONS.forEach((m, i) => expect(m.from).toBe(i + 1));
    expect(FORMAT_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('there is one fixture file per released version', () => {
    const versions = fixtureFiles().map((f) => Number(/journey-v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1));
    for (const file of fixtureFiles()) {
      expect(JSON.parse(fixtureText(file)).version).toBe(Number(/journey-v(\d+)/.exec(file)![1]));
    }
  });

  it('every migration is exercised by a fixture file', () => {
    expect(unexercised(fixtureFiles(), MIGRATIONS)).toEqual([]);
  });

  it('the coverage check catches a migration that no fixture exercises', () => {
    const registry: Migration[] = [
      { from: 1, description: 'test', up: (j) => j },
      { from: 2, description: 'test', up: (j) => j },
    ];
    expect(unexercised([], registry)).toEqual([1, 2]);
    // The v1 fixture runs through both steps.
    expect(unexercised(fixtureFiles(), registry)).toEqual([]);
    // A fixture that is already at version 2 exercises only the second step.
    const env = fixtureEnvelope();
    env.version = 2;
    const seen = new Set<number>();
    expect(importJourneyValue(env, { migrations: registry, onMigration: (f) => seen.add(f) }).ok).toBe(true);
    expect([...seen]).toEqual([2]);
  });

  it('runs each step in order and hands each the previous result', () => {
    const registry: Migration[] = [
      { from: 1, description: 'a', up: (j) => ({ ...j, trail: ['1->2'] }) },
      { from: 2, description: 'b', up: (j) => ({ ...j, trail: [...(j.trail as string[]), '2->3'] }) },
    ];
    const out = migrate({ title: 'x' }, 1, registry);
    expect(out).toEqual({ ok: true, journey: { title: 'x', trail: ['1->2', '2->3'] }, applied: [1, 2] });
    expect(migrate({}, 3, registry)).toEqual({ ok: true, journey: {}, applied: [] });
  });

  it('a migration that throws or returns a non-object fails with its step', () => {
    const throwing: Migration[] = [{ from: 1, description: 'x', up: () => { throw new TypeError('boom'); } }];
    expect(migrate({}, 1, throwing)).toEqual({ ok: false, from: 1, to: 2 });
    const returnsArray: Migration[] = [
      { from: 1, description: 'ok', up: (j) => j },
      { from: 2, description: 'bad', up: () => [] as unknown as Record<string, unknown> },
    ];
    expect(migrate({}, 1, returnsArray)).toEqual({ ok: false, from: 2, to: 3 });
  });

  it('a gap in the registry is a failed migration, not a silent skip', () => {
    const gap: Migration[] = [{ from: 2, description: 'misnumbered', up: (j) => j }];
    expect(migrate({}, 1, gap)).toEqual({ ok: false, from: 1, to: 2 });
  });
});
