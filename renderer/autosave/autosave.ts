/**
 * Autosave: every change to the open journey reaches IndexedDB within a second, as per-record
 * writes (editing one note writes that note). RELIABILITY.md's rules, and where they live:
 *
 * - debounced (~300 ms after the last change, at most ~600 ms after the first), so typing and
 *   dragging cost one write per pause, not per keystroke;
 * - never before the initial load finished: a session starts only from a loaded journey;
 * - the queue holds record ids, and a write takes the records' current values at that moment.
 *   So a failed write simply puts its ids back and the retry writes whatever is newest, and two
 *   windows holding the same journey both write the latest value they know (live sync);
 * - a failed write is retried with backoff; nothing is dropped, the state stays in memory and
 *   the status says "not saved" with the reason (quota, newer database, other).
 */
import type { Id, JourneyDoc } from '../../shared/model';
import { changedRecordCount, diffDocs, emptyChanges, type JourneyChanges } from '../db/changes';
import { classifyStorageError, type StorageFailure } from '../db/errors';

export type SaveState = 'saved' | 'saving' | 'unsaved';

export interface SaveStatus {
  state: SaveState;
  /** Why the last write failed, while state is 'unsaved'. */
  failure: StorageFailure | null;
  /** When the last write succeeded (ms since epoch), or null before the first. */
  lastSavedAt: number | null;
}

/** The part of the board store autosave needs. */
export interface DocSource {
  getState(): { doc: JourneyDoc | null };
  subscribe(listener: (state: { doc: JourneyDoc | null }) => void): () => void;
}

export interface AutosaveOptions {
  source: DocSource;
  journeyId: Id;
  write(changes: JourneyChanges, doc: JourneyDoc): Promise<void>;
  onStatus?(status: SaveStatus): void;
  /** Reports each failed write (the app logs it; tests inspect it). */
  onError?(error: unknown): void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Retry delays after consecutive failures; the last one repeats. */
  retryDelaysMs?: readonly number[];
  now?: () => number;
}

export interface Autosave {
  /** Writes everything pending now; resolves when written or when the attempt failed. */
  flush(): Promise<void>;
  /** Records changed in memory and not yet stored. */
  pendingCount(): number;
  status(): SaveStatus;
  /**
   * Stops listening to the store and flushes. If that write fails, the retries go on in the
   * background with the last known journey until it is stored: closing a journey never drops
   * unsaved edits.
   */
  stop(): Promise<void>;
  /**
   * Stops at once without writing and hands back what was not stored yet (current values):
   * the journey was replaced under this window, and those records belong with the replaced
   * version, not in the new one.
   */
  abandon(): JourneyChanges;
}

export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 600;
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

/**
 * User-timing entries (performance.getEntriesByName) the benchmark reads (issue 8): finding the
 * changed records after each edit, and each successful write of them.
 */
export const AUTOSAVE_DIFF_MEASURE = 'journeyboard:autosave-diff';
export const AUTOSAVE_WRITE_MEASURE = 'journeyboard:autosave-write';

/** Keeps only the latest entry of each, so a long session does not pile them up. */
function timing(name: string, start: number, records: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, detail: { records } });
}

interface PendingIds {
  meta: Set<string>;
  notes: Set<Id>;
  connectors: Set<Id>;
}

function noPending(): PendingIds {
  return { meta: new Set(), notes: new Set(), connectors: new Set() };
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const now = options.now ?? Date.now;

  const initial = options.source.getState().doc;
  if (!initial || initial.id !== options.journeyId) {
    throw new Error('autosave starts only once the journey is loaded');
  }
  let seen: JourneyDoc = initial;
  let pending = noPending();
  let firstPendingAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;
  let abandoned = false;
  let status: SaveStatus = { state: 'saved', failure: null, lastSavedAt: null };

  function setStatus(next: SaveStatus): void {
    if (next.state === status.state && next.failure === status.failure && next.lastSavedAt === status.lastSavedAt) return;
    status = next;
    options.onStatus?.(status);
  }

  function count(p: PendingIds): number {
    return p.meta.size + p.notes.size + p.connectors.size;
  }

  function schedule(delay: number): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  }

  function note(changes: JourneyChanges): void {
    for (const key of Object.keys(changes.meta)) pending.meta.add(key);
    for (const id of changes.notes.keys()) pending.notes.add(id);
    for (const id of changes.connectors.keys()) pending.connectors.add(id);
  }

  const unsubscribe = options.source.subscribe((state) => {
    const doc = state.doc;
    if (stopped || doc === seen || !doc || doc.id !== options.journeyId) return;
    const diffStart = performance.now();
    const changes = diffDocs(seen, doc);
    seen = doc;
    timing(AUTOSAVE_DIFF_MEASURE, diffStart, changedRecordCount(changes));
    if (changedRecordCount(changes) === 0) return;
    note(changes);
    const at = now();
    firstPendingAt ??= at;
    if (status.state !== 'unsaved') setStatus({ ...status, state: 'saving' });
    // While a failed write waits for its retry, the retry timer stays in charge.
    if (failures === 0) schedule(Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - at)));
  });

  /** The pending ids with the records' current values (null: deleted since). */
  function take(): JourneyChanges {
    const changes = emptyChanges(options.journeyId);
    const meta = changes.meta as Record<string, unknown>;
    const doc = seen as unknown as Record<string, unknown>;
    for (const key of pending.meta) meta[key] = doc[key];
    for (const id of pending.notes) changes.notes.set(id, seen.notes[id] ?? null);
    for (const id of pending.connectors) changes.connectors.set(id, seen.connectors[id] ?? null);
    pending = noPending();
    firstPendingAt = null;
    return changes;
  }

  async function writeOnce(): Promise<void> {
    if (count(pending) === 0) return;
    const ids = pending;
    const writeStart = performance.now();
    const changes = take();
    try {
      await options.write(changes, seen);
      timing(AUTOSAVE_WRITE_MEASURE, writeStart, changedRecordCount(changes));
      failures = 0;
      setStatus({
        state: count(pending) > 0 ? 'saving' : 'saved',
        failure: null,
        lastSavedAt: now(),
      });
    } catch (error) {
      // Put the ids back; the retry writes their values as they are then.
      for (const key of ids.meta) pending.meta.add(key);
      for (const id of ids.notes) pending.notes.add(id);
      for (const id of ids.connectors) pending.connectors.add(id);
      firstPendingAt ??= now();
      failures += 1;
      const failure = classifyStorageError(error);
      options.onError?.(error);
      if (stopped && abandoned) return; // the error made the session give this autosave up
      setStatus({ ...status, state: 'unsaved', failure });
      if (failure !== 'newerDatabase') {
        schedule(retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? 15_000);
      }
    }
  }

  async function flush(): Promise<void> {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    // One write at a time; a flush during a write waits and then writes what came meanwhile.
    while (writing) await writing;
    if (abandoned || count(pending) === 0) return;
    writing = writeOnce().finally(() => {
      writing = null;
    });
    await writing;
  }

  return {
    flush,
    pendingCount: () => count(pending),
    status: () => status,
    async stop() {
      stopped = true;
      unsubscribe();
      if (!abandoned) await flush();
    },
    abandon() {
      stopped = true;
      abandoned = true;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      // The latest document may not have been seen yet if the store changed this very moment.
      const doc = options.source.getState().doc;
      if (doc && doc !== seen && doc.id === options.journeyId) {
        note(diffDocs(seen, doc));
        seen = doc;
      }
      return take();
    },
  };
}
