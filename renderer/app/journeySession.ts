/**
 * Opening and closing a journey, and everything that runs while one is open: autosave, live
 * sync with other windows, rolling backups on disk (desktop), the library thumbnail, and the
 * flushes before the window or the app goes away.
 *
 * Opening: load from the database (rows validated), hand the journey to the store, clear the
 * undo history, then start autosave from that loaded state (so nothing is written before the
 * load finished), then show the board.
 */
import { version } from '../../package.json';
import { serialiseJourney } from '../../shared/format';
import { fromDoc, type Id, type JourneyDoc } from '../../shared/model';
import { startAutosave, type Autosave } from '../autosave/autosave';
import { startBackups, type Backups } from '../autosave/backups';
import { installFlushTriggers } from '../autosave/flushTriggers';
import { saveStatusStore } from '../autosave/saveStatus';
import { UnreadableJourneyError } from '../db/rows';
import { loadJourney, saveJourneyChanges, saveThumbnail } from '../db/journeys';
import { appDatabase } from '../db/instance';
import type { AppDatabase } from '../db/open';
import { renderThumbnail } from '../library/thumbnail';
import { platform } from '../platform';
import { boardStore } from '../store/store';
import { startLiveSync, type LiveSync } from '../sync/liveSync';
import { announceLibraryChange, windowChannel } from '../sync/windowChannel';

export const THUMBNAIL_INTERVAL_MS = 60_000;
const FIRST_THUMBNAIL_DELAY_MS = 1_500;
/** User-timing entry (for the benchmark): reading and validating the journey from the database. */
export const OPEN_READ_MEASURE = 'journeyboard:open-read';

export type OpenOutcome =
  | { ok: true; skipped: number }
  | { ok: false; reason: 'missing' | 'unreadable' | 'storage' };

interface ActiveSession {
  journeyId: Id;
  db: AppDatabase;
  autosave: Autosave;
  sync: LiveSync;
  backups: Backups | null;
  stopTriggers: () => void;
  /** Stops retrying at once when the database came back after a fault. */
  stopHealWatch: () => void;
  thumbnailTimer: ReturnType<typeof setInterval>;
  thumbnailOf: JourneyDoc | null;
}

let active: ActiveSession | null = null;

/** The file text of a journey: the same format as File > Save, so a backup opens like a file. */
export function journeyFileText(doc: JourneyDoc): string {
  return serialiseJourney(fromDoc(doc), { generator: `Journeyboard ${version}` });
}

async function storeThumbnail(session: ActiveSession): Promise<void> {
  const doc = boardStore.getState().doc;
  if (!doc || doc.id !== session.journeyId || doc === session.thumbnailOf) return;
  const url = renderThumbnail(doc);
  if (!url) return;
  try {
    await saveThumbnail(session.db, doc.id, url);
    session.thumbnailOf = doc;
  } catch {
    // A missing picture is cosmetic; the journey itself is stored by autosave.
  }
}

export async function openJourney(id: Id): Promise<OpenOutcome> {
  let db: AppDatabase;
  try {
    db = await appDatabase();
  } catch {
    return { ok: false, reason: 'storage' };
  }
  let read;
  const readStart = performance.now();
  try {
    read = await loadJourney(db, id);
    performance.clearMeasures(OPEN_READ_MEASURE);
    performance.measure(OPEN_READ_MEASURE, { start: readStart, detail: { notes: read?.journey.notes.length ?? 0 } });
  } catch (error) {
    return { ok: false, reason: error instanceof UnreadableJourneyError ? 'unreadable' : 'storage' };
  }
  if (!read) return { ok: false, reason: 'missing' };
  await closeJourney({ showLibrary: false });

  const store = boardStore;
  // "Try again now": open the connection again if the browser closed it, then write.
  const retryNow = () => void db.connection.heal().then(
    () => autosave.flush(),
    () => autosave.flush(),
  );
  store.getState().loadJourney(read.journey);
  store.temporal.getState().clear();
  const autosave = startAutosave({
    source: store,
    journeyId: id,
    write: (changes, doc) => saveJourneyChanges(db, changes, doc),
    onStatus: (status) => {
      saveStatusStore.getState().set(status, retryNow);
      // Other windows' libraries show note counts and times from storage: tell them it changed.
      if (status.state === 'saved') announceLibraryChange();
    },
    onError: (error) => console.error('autosave failed', error),
  });
  saveStatusStore.getState().set(autosave.status(), retryNow);
  const backups = platform.backups
    ? startBackups({ source: store, journeyId: id, writer: platform.backups, serialise: journeyFileText })
    : null;
  const session: ActiveSession = {
    journeyId: id,
    db,
    autosave,
    sync: startLiveSync({ store, journeyId: id, channel: windowChannel() }),
    backups,
    stopTriggers: installFlushTriggers({
      win: window,
      flush: () => autosave.flush(),
      // Only after a failed write: a write merely waiting for its debounce is flushed right here.
      hasUnsaved: () => autosave.status().state === 'unsaved',
      askBeforeClosing: platform.kind === 'browser',
    }),
    stopHealWatch: db.connection.subscribe(() => {
      if (autosave.status().state === 'unsaved') void autosave.flush();
    }),
    thumbnailTimer: setInterval(() => {
      if (active === session) void storeThumbnail(session);
    }, THUMBNAIL_INTERVAL_MS),
    thumbnailOf: null,
  };
  active = session;
  store.getState().showScreen({ name: 'board', journeyId: id });
  // A fresh journey has no picture yet; the library should show one when the user comes back.
  // Taken a moment later, so that drawing it never delays the board's first paint.
  setTimeout(() => {
    if (active === session) void storeThumbnail(session);
  }, FIRST_THUMBNAIL_DELAY_MS);
  return { ok: true, skipped: read.skipped };
}

/** Stores everything, takes the picture and a backup, and (by default) returns to the library. */
export async function closeJourney(options: { showLibrary?: boolean } = {}): Promise<void> {
  const session = active;
  if (session) {
    active = null;
    clearInterval(session.thumbnailTimer);
    session.stopTriggers();
    session.stopHealWatch();
    session.sync.stop();
    await storeThumbnail(session);
    await session.backups?.writeNow();
    session.backups?.stop();
    await session.autosave.stop();
    announceLibraryChange();
  }
  if (options.showLibrary !== false) {
    boardStore.getState().loadJourney(null);
    boardStore.temporal.getState().clear();
    boardStore.getState().showScreen({ name: 'library' });
  }
}

/** Desktop quit: the app waits for this (a few seconds at most), so flush and back up first. */
export async function flushBeforeQuit(): Promise<void> {
  const session = active;
  if (!session) return;
  await session.autosave.flush();
  await session.backups?.writeNow();
}

export function activeJourneyId(): Id | null {
  return active?.journeyId ?? null;
}

/** Writes pending changes now (File > Save does this before writing the file). */
export async function flushActiveJourney(): Promise<void> {
  await active?.autosave.flush();
}

/** For the read-only test hook. */
export function activeAutosave(): Autosave | null {
  return active?.autosave ?? null;
}
