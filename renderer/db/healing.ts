/**
 * A database connection that heals (issue 14). The browser closes an IndexedDB connection on
 * its own when the disk fills up, under storage pressure, or when another window upgrades or
 * deletes the database. Dexie then reopens it on the next use, but a reopen that fails while
 * the fault lasts is remembered: from then on every transaction on that Dexie instance fails
 * with DatabaseClosedError, even after space was freed, and autosave retries on a dead handle
 * for good.
 *
 * So this module watches the connection: when a reopen failed, it makes Dexie forget the
 * failure (close with auto-open left on), so the next use - autosave's retry, "Try again now",
 * a list being read - tries to open again. Everything keeps holding the same Dexie instance,
 * so autosave, the repositories and the list hooks need no new handle; list hooks still
 * re-read after a reopen through `subscribe` (a query that failed while the database was
 * closed has nothing else to make it run again).
 *
 * Only uses Dexie's public API: on('close'), on('ready', sticky), hasFailed(), isOpen(),
 * close({ disableAutoOpen: false }) and open().
 */
import type Dexie from 'dexie';

export interface ConnectionStats {
  /** How often the connection was closed without the app asking (browser, fault, upgrade). */
  closes: number;
  /** Reopens that failed while the fault lasted. */
  failedReopens: number;
  /** Successful reopens after a close: each one bumps `generation`. */
  reopens: number;
  generation: number;
}

export interface ConnectionHealing {
  stats(): ConnectionStats;
  /** Called after each successful reopen. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Opens the connection now if it is closed; resolves when open, rejects while the fault lasts. */
  heal(): Promise<void>;
  /** The app closes the database itself: stop healing it. */
  stop(): void;
}

export function keepHealing(dexie: Dexie, options: { onReopen?: () => void | Promise<void> } = {}): ConnectionHealing {
  const stats: ConnectionStats = { closes: 0, failedReopens: 0, reopens: 0, generation: 0 };
  const listeners = new Set<() => void>();
  let stopped = false;
  let wasClosed = false;
  let healing: Promise<void> | null = null;

  /** Dexie remembers a failed (re)open; forget it so the next use opens again. */
  function forgetFailure(): boolean {
    if (stopped || dexie.isOpen() || !dexie.hasFailed()) return false;
    dexie.close({ disableAutoOpen: false });
    return true;
  }

  const onClose = () => {
    if (stopped) return;
    // Dexie fires 'close' both when the browser closed the connection and when a reopen
    // failed; it records the failure only after the event, so look once the dust settled.
    setTimeout(() => {
      if (stopped) return;
      if (forgetFailure()) stats.failedReopens += 1;
      else if (!dexie.isOpen()) {
        if (!wasClosed) stats.closes += 1;
        wasClosed = true;
      }
    }, 0);
  };

  const onReady = async () => {
    if (stopped || !wasClosed) return;
    wasClosed = false;
    await options.onReopen?.();
    stats.reopens += 1;
    stats.generation += 1;
    // After the open completes, so that listeners reading the database do not wait on it.
    setTimeout(() => {
      for (const listener of listeners) listener();
    }, 0);
  };

  dexie.on('close', onClose);
  dexie.on('ready', onReady, true);

  return {
    stats: () => ({ ...stats }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    heal() {
      if (stopped || dexie.isOpen()) return Promise.resolve();
      healing ??= (async () => {
        try {
          if (forgetFailure()) stats.failedReopens += 1;
          wasClosed = true;
          await dexie.open();
        } finally {
          healing = null;
        }
      })();
      return healing;
    },
    stop() {
      stopped = true;
      listeners.clear();
      dexie.on('close').unsubscribe(onClose);
      dexie.on('ready').unsubscribe(onReady);
    },
  };
}
