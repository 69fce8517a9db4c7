/**
 * What the import pipeline reports. Errors and repairs carry a code and plain parameters, never
 * a sentence: the UI translates them (i18n `file` namespace), so one file can be explained in
 * English or German.
 */
import type { Journey } from '../model';

export type ImportErrorCode =
  /** The file is larger than the cap; refused before reading it. */
  | 'tooLarge'
  /** The file could not be read at all (removed, no permission, a failing disk). */
  | 'unreadable'
  | 'empty'
  /** Bytes that are not text: an image, archive, PDF... `params.kind` names it when known. */
  | 'binary'
  | 'invalidUtf8'
  | 'truncatedJson'
  | 'invalidJson'
  | 'tooDeep'
  /** Valid JSON, but not a journey file; `params.found` says what the top level is. */
  | 'notAJourney'
  /** A file of another whiteboard app; `params.app` names it. */
  | 'otherApp'
  | 'newerVersion'
  | 'versionMissing'
  | 'versionInvalid'
  | 'migrationFailed'
  | 'missingField'
  | 'wrongType'
  | 'tooMany'
  | 'pngWithoutJourney'
  | 'pngChunkCorrupt'
  | 'pngChunkTruncated'
  /** The restored journey still failed the schema: a bug in restore, reported with its path. */
  | 'invalid'
  /** Anything unexpected; the pipeline never throws past its boundary. */
  | 'internal';

export type ImportErrorParams = Record<string, string | number>;

export interface ImportError {
  code: ImportErrorCode;
  params: ImportErrorParams;
}

export type RepairCode =
  /** Keys the format does not know; dropped, never stored. */
  | 'unknownKeysDropped'
  /** `__proto__`, `constructor` or `prototype` keys; removed wherever they were. */
  | 'forbiddenKeysRemoved'
  /** An id that is not a valid id (or names a built-in object property) got a fresh one. */
  | 'idReplaced'
  | 'duplicateIdRenamed'
  /** A note in a phase or lane that does not exist became a free note below the grid. */
  | 'noteFreed'
  /** A connector to a missing note, from a note to itself, or a second identical one. */
  | 'connectorDropped'
  /** A number outside its range was clamped to the nearest allowed value. */
  | 'valueClamped'
  /** Infinity (e.g. `1e400`), or null where a number belongs (how JSON writes NaN). */
  | 'numberNotFinite'
  | 'roundedToInteger'
  | 'textTruncated'
  | 'listTruncated'
  /** A value outside a closed list (kind, colour, touchpoint attribute) was replaced or dropped. */
  | 'unknownValueReplaced'
  /** A field that should be there was missing and got its default. */
  | 'defaultFilled'
  | 'dateReplaced'
  /** The persona picture was not a safe PNG, JPEG or WebP picture and was removed. */
  | 'pictureRemoved'
  /** The picture's declared type did not match its bytes; relabelled by its bytes. */
  | 'pictureRelabelled';

export interface Repair {
  code: RepairCode;
  /** How many times it happened. */
  count: number;
  /** Where, for the first few occurrences (`notes[12].x`); enough to find them, never millions. */
  paths: string[];
}

export type ImportResult =
  | { ok: true; journey: Journey; repairs: Repair[] }
  | { ok: false; error: ImportError };

export function importError(code: ImportErrorCode, params: ImportErrorParams = {}): ImportError {
  return { code, params };
}

export const MAX_REPAIR_PATHS = 5;
/**
 * A path names keys taken from the file (an unknown key may be 100,000 characters long): each
 * is cut to this length, so the repair list stays readable whatever the file holds.
 */
export const MAX_REPAIR_PATH_LENGTH = 80;

function boundedPath(path: string): string {
  return path.length > MAX_REPAIR_PATH_LENGTH ? `${path.slice(0, MAX_REPAIR_PATH_LENGTH - 1)}…` : path;
}

/** Collects repairs grouped by code, so a file with a million bad notes yields a short list. */
export class RepairLog {
  private readonly byCode = new Map<RepairCode, Repair>();

  add(code: RepairCode, path: string | (() => string)): void {
    let repair = this.byCode.get(code);
    if (!repair) {
      repair = { code, count: 0, paths: [] };
      this.byCode.set(code, repair);
    }
    repair.count += 1;
    if (repair.paths.length < MAX_REPAIR_PATHS) repair.paths.push(boundedPath(typeof path === 'string' ? path : path()));
  }

  list(): Repair[] {
    return [...this.byCode.values()].map((r) => ({ ...r, paths: [...r.paths] }));
  }
}

/**
 * Thrown inside the pipeline's steps to stop at the first fatal problem; always caught at the
 * pipeline's boundary and turned into `{ ok: false }`.
 */
export class ImportFailure extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
    this.name = 'ImportFailure';
  }
}
