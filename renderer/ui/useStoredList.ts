/**
 * The one hook for a list read from the app database (the library's journeys, the persona
 * library, the facilitator's own catalogue entries). It
 *
 * - reads through Dexie's liveQuery, so the list follows every change to the rows it read, in
 *   this window and in the app's other windows (Dexie broadcasts its changes between them);
 * - turns a failed read into a storage failure the screen can explain (quota, newer database,
 *   unavailable, other), keeping the last list it had;
 * - binds again after the database connection healed from a fault (healing.ts): liveQuery
 *   silently drops a query that failed because the connection was closed, and nothing else
 *   would make it run again;
 * - offers `reload()` for an action that wants the fresh list before it goes on.
 *
 * `read` must be a stable function (a repository function, or one from useCallback).
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'react';
import { classifyStorageError, type StorageFailure } from '../db/errors';
import { appDatabase, onDatabaseReopened } from '../db/instance';
import type { AppDatabase } from '../db/open';

export interface StoredList<T> {
  /** Null until the first read finished (or failed without an earlier list). */
  value: T | null;
  failure: StorageFailure | null;
  reload(): Promise<void>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

const succeeded = <T,>(value: T): Outcome<T> => ({ ok: true, value });
const failed = <T,>(error: unknown): Outcome<T> => ({ ok: false, error });

export function useStoredList<T>(read: (db: AppDatabase) => Promise<T>, options: { whenFailed?: T } = {}): StoredList<T> {
  const [state, setState] = useState<{ value: T | null; failure: StorageFailure | null }>({ value: null, failure: null });
  const [generation, setGeneration] = useState(0);
  const { whenFailed } = options;

  const apply = useCallback(
    (outcome: Outcome<T>) =>
      setState((previous) =>
        outcome.ok
          ? { value: outcome.value, failure: null }
          : { value: previous.value ?? whenFailed ?? null, failure: classifyStorageError(outcome.error) },
      ),
    [whenFailed],
  );

  useEffect(() => onDatabaseReopened(() => setGeneration((g) => g + 1)), []);

  useEffect(() => {
    let cancelled = false;
    let subscription: { unsubscribe(): void } | null = null;
    appDatabase().then(
      (db) => {
        if (cancelled) return;
        subscription = liveQuery(() => read(db).then(succeeded, failed<T>)).subscribe({
          next: apply,
          error: (error: unknown) => apply(failed(error)),
        });
      },
      (error: unknown) => {
        if (!cancelled) apply(failed(error));
      },
    );
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
  }, [read, apply, generation]);

  const reload = useCallback(async () => {
    try {
      apply(succeeded(await read(await appDatabase())));
    } catch (error) {
      apply(failed(error));
    }
  }, [read, apply]);

  return { value: state.value, failure: state.failure, reload };
}
