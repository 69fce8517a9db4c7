/**
 * Numbered, append-only migrations of the journey inside a file. MIGRATIONS[i] upgrades a
 * journey of version i + 1 to version i + 2, so the current version is MIGRATIONS.length + 1.
 *
 * Rules (docs/file-format.md, "Changing the format"):
 * - never edit or delete a released migration; fix a mistake with a new one;
 * - a migration is a pure function of the previous version's raw JSON (it runs before restore,
 *   so it must cope with sloppy input: check types, never assume a field exists);
 * - every migration is exercised by a fixture file in test/fixtures (a test fails otherwise).
 *
 * Adding an optional field does not need a migration: restore fills defaults field by field.
 * Renaming, moving or re-interpreting a field does.
 */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  /** Short description for the version history in docs/file-format.md. */
  description: string;
  up(journey: JsonObject): JsonObject;
}

/** Version 1 is the first released format; no migrations yet. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationOutcome =
  | { ok: true; journey: JsonObject; applied: number[] }
  | { ok: false; from: number; to: number };

/**
 * Runs every migration from `version` up to the newest in `registry`. A migration that throws
 * or returns something that is not an object fails the whole import (a half-migrated journey
 * would be misread).
 */
export function migrate(
  journey: JsonObject,
  version: number,
  registry: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current = journey;
  const applied: number[] = [];
  for (let v = version; v <= registry.length; v += 1) {
    const migration = registry[v - 1];
    if (!migration || migration.from !== v) return { ok: false, from: v, to: v + 1 };
    try {
      const next = migration.up(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) return { ok: false, from: v, to: v + 1 };
      current = next;
      applied.push(v);
    } catch {
      return { ok: false, from: v, to: v + 1 };
    }
  }
  return { ok: true, journey: current, applied };
}
