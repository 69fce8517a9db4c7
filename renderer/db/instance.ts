/**
 * The app's one open database. Opened once, on first use; every screen shares it so that
 * Dexie serialises their transactions on one connection. The connection heals itself after the
 * browser closed it (healing.ts), so the handle stays valid for the life of the window.
 */
import type { ConnectionStats } from './healing';
import { openAppDatabase, type AppDatabase } from './open';

let opening: Promise<AppDatabase> | null = null;
let opened: AppDatabase | null = null;

export function appDatabase(): Promise<AppDatabase> {
  opening ??= openAppDatabase().then(
    (db) => (opened = db),
    (error: unknown) => {
      opening = null; // let a later attempt try again (e.g. after the user freed space)
      throw error;
    },
  );
  return opening;
}

/** The connection's fault figures (test hook, settings), or null before the first open. */
export function connectionStats(): ConnectionStats | null {
  return opened?.connection.stats() ?? null;
}

/**
 * Calls `listener` after every reopen of the database following a fault, so whatever read
 * from it reads again. Returns the unsubscribe function.
 */
export function onDatabaseReopened(listener: () => void): () => void {
  let unsubscribe: (() => void) | null = null;
  let cancelled = false;
  appDatabase().then(
    (db) => {
      if (!cancelled) unsubscribe = db.connection.subscribe(listener);
    },
    () => undefined,
  );
  return () => {
    cancelled = true;
    unsubscribe?.();
  };
}
