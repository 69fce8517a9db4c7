/**
 * The import pipeline (RELIABILITY.md, "Loading a file"): size cap, decode, parse, depth
 * limit, quick guard, version check, migrate, restore, validate. Strict per file (the first
 * fatal problem stops it and nothing is imported), repair per element (listed for the user).
 *
 * Every entry point returns an ImportResult and never throws: anything unexpected becomes
 * `{ ok: false, error: { code: 'internal' } }`.
 */
import { LIMITS } from '../model';
import { hasPngSignature } from '../export/png/chunks';
import { extractJourneyFromPng } from '../export/png/journeyChunk';
import { checkFileSize, checkText, decodeUtf8, sniffBinary } from './decode';
import { FORMAT_VERSION, MAX_DEPTH, MAX_FILE_BYTES, MAX_PNG_FILE_BYTES } from './fileFormat';
import { guardEnvelope, recogniseOtherAppText } from './guard';
import { migrate, MIGRATIONS, type JsonObject, type Migration } from './migrations';
import { parseJson } from './parse';
import { restoreJourney } from './restore/journey';
import { ImportFailure, importError, RepairLog, type ImportError, type ImportResult } from './result';
import { checkTree } from './tree';
import { validateJourney } from './validate';
import { checkVersion } from './version';

export interface ImportOptions {
  /** The migration registry; tests pass their own to exercise failures. */
  migrations?: readonly Migration[];
  newId?: () => string;
  now?: Date;
  maxFileBytes?: number;
  maxPngBytes?: number;
  /** Called with each migration step's `from` version as it runs (fixture coverage test). */
  onMigration?: (from: number) => void;
}

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

/** Call with the file's size before reading it (File.size): a 600 MB file is never read. */
export function checkImportSize(bytes: number, kind: 'json' | 'png', options: ImportOptions = {}): ImportError | null {
  const limit = kind === 'png' ? (options.maxPngBytes ?? MAX_PNG_FILE_BYTES) : (options.maxFileBytes ?? MAX_FILE_BYTES);
  return checkFileSize(bytes, limit);
}

/** A file's bytes: a `.journey.json`, or a PNG exported by the app with the journey inside. */
export function importJourneyBytes(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    if (hasPngSignature(bytes)) {
      const sizeError = checkImportSize(bytes.length, 'png', options);
      if (sizeError) return fail(sizeError);
      const extracted = extractJourneyFromPng(bytes, options.maxFileBytes ?? MAX_FILE_BYTES);
      if (!extracted.ok) return fail(pngError(extracted.reason, extracted.otherApp, options));
      return importJourneyText(extracted.text, options);
    }
    const sizeError = checkImportSize(bytes.length, 'json', options);
    if (sizeError) return fail(sizeError);
    const kind = sniffBinary(bytes);
    if (kind) return fail(importError('binary', { kind }));
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return fail(decoded.error);
    return importCheckedText(decoded.text, options);
  } catch (e) {
    return internal(e);
  }
}

/** Text already read and decoded (Electron's main process hands the renderer a string). */
export function importJourneyText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
    // A UTF-16 length is at most the UTF-8 byte count, so this never refuses a file under the cap.
    if (text.length > limit) return fail(importError('tooLarge', { bytes: text.length, limit }));
    const checked = checkText(text);
    if (!checked.ok) return fail(checked.error);
    return importCheckedText(checked.text, options);
  } catch (e) {
    return internal(e);
  }
}

function importCheckedText(text: string, options: ImportOptions): ImportResult {
  const app = recogniseOtherAppText(text);
  if (app) return fail(importError('otherApp', { app }));
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.error);
  return importJourneyValue(parsed.value, options);
}

/** Parsed JSON (a drop of JSON text, a backup read by main, a test's object). */
export function importJourneyValue(value: unknown, options: ImportOptions = {}): ImportResult {
  try {
    const guarded = guardEnvelope(value);
    if (!guarded.ok) return fail(guarded.error);
    const envelope = guarded.envelope;
    const rawJourney = Object.hasOwn(envelope, 'journey') ? envelope.journey : undefined;
    // Refuse a million notes before walking them: the walk and restore are linear, but there
    // is no point spending seconds on a file that will be refused anyway.
    const notes = isObject(rawJourney) && Object.hasOwn(rawJourney, 'notes') ? rawJourney.notes : undefined;
    if (Array.isArray(notes) && notes.length > LIMITS.notes) {
      return fail(importError('tooMany', { path: 'notes', limit: LIMITS.notes, count: notes.length }));
    }
    const repairs = new RepairLog();
    const tree = checkTree(envelope, { maxDepth: MAX_DEPTH, repairs, pathRoot: 'journey' });
    if (!tree.ok) return fail(importError('tooDeep', { limit: MAX_DEPTH }));
    const migrations = options.migrations ?? MIGRATIONS;
    const current = options.migrations ? migrations.length + 1 : FORMAT_VERSION;
    const version = checkVersion(Object.hasOwn(envelope, 'version') ? envelope.version : undefined, current);
    if (!version.ok) return fail(version.error);
    if (rawJourney === undefined || rawJourney === null) return fail(importError('missingField', { path: 'journey' }));
    if (!isObject(rawJourney)) return fail(importError('wrongType', { path: 'journey', expected: 'object' }));
    const migrated = migrate(rawJourney, version.version, migrations);
    if (!migrated.ok) return fail(importError('migrationFailed', { from: migrated.from, to: migrated.to }));
    for (const from of migrated.applied) options.onMigration?.(from);
    const journey = restoreJourney(migrated.journey, { repairs, newId: options.newId, now: options.now });
    const valid = validateJourney(journey);
    if (!valid.ok) return fail(valid.error);
    return { ok: true, journey: valid.journey, repairs: repairs.list() };
  } catch (e) {
    if (e instanceof ImportFailure) return fail(e.error);
    return internal(e);
  }
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pngError(reason: 'notPng' | 'noJourney' | 'chunkCorrupt' | 'chunkTruncated' | 'tooLarge', otherApp: string | undefined, options: ImportOptions): ImportError {
  switch (reason) {
    case 'noJourney':
      return otherApp ? importError('otherApp', { app: otherApp }) : importError('pngWithoutJourney');
    case 'chunkCorrupt':
    case 'notPng':
      return importError('pngChunkCorrupt');
    case 'chunkTruncated':
      return importError('pngChunkTruncated');
    case 'tooLarge':
      return importError('tooLarge', { limit: options.maxFileBytes ?? MAX_FILE_BYTES });
  }
}

function internal(e: unknown): ImportResult {
  // A RangeError here would mean some step recursed after all; say so instead of crashing.
  const detail = e instanceof Error ? e.name : typeof e;
  return fail(importError('internal', { detail }));
}
