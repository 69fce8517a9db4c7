/**
 * restore(): turns the raw `journey` object of a (migrated) file into a Journey, Excalidraw
 * style: every known field is read on its own, filled with its default when missing, clamped
 * or truncated when out of bounds, and every unknown key is dropped. New objects are built from
 * known keys only, so nothing from the file (`__proto__` included) is ever copied wholesale.
 *
 * The structure it reads is fixed and shallow (journey, notes, note, touchpoint), so restore
 * never recurses into the file's own nesting.
 */
import { z } from 'zod';
import { computeGridLayout, LIMITS, newId as defaultNewId, type Journey, type Lane } from '../../model';
import { ImportFailure, importError, type RepairLog } from '../result';
import { childPath } from '../paths';
import { IdRegistry } from './ids';
import { restoreConnectors, restoreNotes } from './notes';
import { restorePersona } from './persona';
import { Reader, type JsonObject } from './reader';
import { restoreLanes, restorePhases } from './structure';

const JOURNEY_KEYS: ReadonlySet<string> = new Set<keyof Journey>([
  'id', 'title', 'persona', 'backstory', 'phases', 'lanes', 'notes', 'connectors', 'createdAt', 'updatedAt',
]);

export interface RestoreOptions {
  repairs: RepairLog;
  /** For fresh ids (invalid or duplicate ones); tests pass a deterministic one. */
  newId?: () => string;
  /** The time given to missing or unreadable timestamps. */
  now?: Date;
}

/** Throws ImportFailure on a fatal problem; the pipeline catches it at its boundary. */
export function restoreJourney(raw: unknown, options: RestoreOptions): Journey {
  const reader = new Reader(options.repairs);
  const newId = options.newId ?? defaultNewId;
  const path = '';
  const o = reader.object(raw, 'journey');
  reader.reportUnknownKeys(o, JOURNEY_KEYS, path);

  const rawPhases = reader.requiredArray(o, 'phases', path);
  const rawLanes = reader.requiredArray(o, 'lanes', path);
  const rawNotes = reader.requiredArray(o, 'notes', path);
  const rawConnectors = reader.array(o, 'connectors', path);
  checkCount(rawPhases, 'phases', LIMITS.phases);
  checkCount(rawLanes, 'lanes', LIMITS.lanes);
  checkCount(rawNotes, 'notes', LIMITS.notes);
  checkCount(rawConnectors, 'connectors', LIMITS.connectors);

  const journeyIds = new IdRegistry(reader, newId);
  const phaseIds = new IdRegistry(reader, newId);
  const laneIds = new IdRegistry(reader, newId);
  const noteIds = new IdRegistry(reader, newId);
  const connectorIds = new IdRegistry(reader, newId);

  const id = journeyIds.claim(o, path);
  const title = reader.requiredString(o, 'title', path, LIMITS.titleLength);
  const persona = restorePersona(reader, reader.get(o, 'persona'), 'persona');
  const backstory = reader.string(o, 'backstory', path, LIMITS.textLength, '');
  const phases = restorePhases(reader, rawPhases, 'phases', phaseIds);
  const lanes = restoreLanes(reader, rawLanes, 'lanes', laneIds);
  const lanesById = new Map<string, Lane>(lanes.map((l) => [l.id, l]));
  const layout = computeGridLayout(phases, lanes);
  const notes = restoreNotes(reader, rawNotes, 'notes', { noteIds, phaseIds, laneIds, lanesById, layout });
  const connectors = restoreConnectors(reader, rawConnectors, 'connectors', { connectorIds, noteIds });
  const now = (options.now ?? new Date()).toISOString();
  const createdAt = restoreTimestamp(reader, o, 'createdAt', now);
  const updatedAt = restoreTimestamp(reader, o, 'updatedAt', createdAt);

  return { id, title, persona, backstory, phases, lanes, notes, connectors, createdAt, updatedAt };
}

function checkCount(items: unknown[], path: string, limit: number): void {
  if (items.length > limit) throw new ImportFailure(importError('tooMany', { path, limit, count: items.length }));
}

const IsoDateTime = z.iso.datetime();

/** Keeps a valid ISO timestamp as written; normalises a readable one; replaces the rest. */
function restoreTimestamp(reader: Reader, o: JsonObject, key: string, fallback: string): string {
  const value = reader.get(o, key);
  if (value === undefined || value === null) {
    reader.repairs.add('defaultFilled', key);
    return fallback;
  }
  if (typeof value !== 'string') reader.fail('wrongType', childPath('', key), 'text', value);
  if (value.length <= 40 && IsoDateTime.safeParse(value).success) return value;
  const ms = value.length <= 100 ? Date.parse(value) : NaN;
  if (Number.isFinite(ms)) {
    const iso = new Date(ms).toISOString();
    if (IsoDateTime.safeParse(iso).success) {
      reader.repairs.add('dateReplaced', key);
      return iso;
    }
  }
  reader.repairs.add('dateReplaced', key);
  return fallback;
}
