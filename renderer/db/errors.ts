/**
 * Storage failures the user must hear about, told apart so the banner can say what to do.
 */

/** This app is older than the database: it may read but must not write (schema.ts). */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(`the database has schema version ${storedVersion}, newer than this app understands`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * The disk or the browser's quota for this origin is full. Dexie wraps the DOMException from
 * IndexedDB in its own error and keeps the original in `inner`, so both names are checked
 * (RELIABILITY.md); some engines only report the legacy numeric code 22.
 */
export function isQuotaError(error: unknown): boolean {
  const names = (e: unknown): unknown[] => {
    if (typeof e !== 'object' || e === null) return [];
    const { name, code, inner } = e as { name?: unknown; code?: unknown; inner?: unknown };
    return [name, code === 22 ? 'QuotaExceededError' : null, ...(inner && inner !== e ? names(inner) : [])];
  };
  return names(error).includes('QuotaExceededError');
}

export type StorageFailure = 'quota' | 'newerDatabase' | 'unavailable' | 'other';

export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof NewerDatabaseError) return 'newerDatabase';
  if (isQuotaError(error)) return 'quota';
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  // IndexedDB switched off (private mode, policies) or the database could not be opened.
  if (name === 'MissingAPIError' || name === 'OpenFailedError' || name === 'DatabaseClosedError') return 'unavailable';
  return 'other';
}
