/**
 * Opening and closing a journey, and everything that runs while one is open: autosave, live
 * sync with other windows, rolling backups on disk (desktop), the library thumbnail, and the
 * flushes before the window or the app goes away.
 *
 * Opening: load from the database (rows validated), hand the journey to the store, clear the
 * undo history, then start autosave from that loaded state (so nothing is written before the
 * load finished), then show the board.
 */
import i18next from 'i18next';
import { version } from '../../package.json';
import { serialiseJourney } from '../../shared/format';
import { fromDoc, updateNote, type Id, type JourneyDoc } from '../../shared/model';
import { startAutosave, type Autosave } from '../autosave/autosave';
import { startBackups, type Backups } from '../autosave/backups';
import { installFlushTriggers } from '../autosave/flushTriggers';
import { saveStatusStore } from '../autosave/saveStatus';
import { changedRecordCount, type JourneyChanges } from '../db/changes';
import { UnreadableJourneyError } from '../db/rows';
import { JourneyReplacedError, loadJourney, saveJourneyChanges, saveThumbnail } from '../db/journeys';
import { appDatabase } from '../db/instance';
import type { AppDatabase } from '../db/open';
import { renderThumbnail } from '../library/thumbnail';
import { platform } from '../platform';
import { boardStore } from '../store/store';
import { startLiveSync, type LiveSync, type TextOverwritten } from '../sync/liveSync';
import { announceLibraryChange, windowChannel } from '../sync/windowChannel';
import { showNotice } from './notices';

export const THUMBNAIL_INTERVAL_MS = 60_000;
const FIRST_THUMBNAIL_DELAY_MS = 1_500;
/** User-timing entry (for the benchmark): reading and validating the journey from the database. */
export const OPEN_READ_MEASURE = 'journeyboard:open-read';

export type OpenOutcome =
  | { ok: true; skipped: number }
  | { ok: false; reason: 'missing' | 'unreadable' | 'storage' };

interface ActiveSession {
  journeyId: Id;
  /** The journey's change stamp this window loaded (JourneyRow.revision). */
  revision: number;
  /** Replaced under this window: nothing of it may be written to the journey's id any more. */
  replaced: boolean;
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
  let session: ActiveSession | null = null;
  const autosave = startAutosave({
    source: store,
    journeyId: id,
    write: (changes, doc) => saveJourneyChanges(db, changes, doc, read.revision),
    onStatus: (status) => {
      saveStatusStore.getState().set(status, retryNow);
      // Other windows' libraries show note counts and times from storage: tell them it changed.
      if (status.state === 'saved') announceLibraryChange();
    },
    onError: (error) => {
      // Replaced in another window whose message did not reach this one: adopt it now.
      if (error instanceof JourneyReplacedError && session) void adoptReplacement(session, error.copyId);
      else console.error('autosave failed', error);
    },
  });
  saveStatusStore.getState().set(autosave.status(), retryNow);
  const backups = platform.backups
    ? startBackups({ source: store, journeyId: id, writer: platform.backups, serialise: journeyFileText })
    : null;
  session = {
    journeyId: id,
    revision: read.revision,
    replaced: false,
    db,
    autosave,
    sync: startLiveSync({
      store,
      journeyId: id,
      channel: windowChannel(),
      revision: read.revision,
      onReplaced: ({ copyId }) => void adoptReplacement(session!, copyId),
      onTextOverwritten: offerLostText,
    }),
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
      if (active === session && session) void storeThumbnail(session);
    }, THUMBNAIL_INTERVAL_MS),
    thumbnailOf: null,
  };
  active = session;
  const opened = session;
  store.getState().showScreen({ name: 'board', journeyId: id });
  // A fresh journey has no picture yet; the library should show one when the user comes back.
  // Taken a moment later, so that drawing it never delays the board's first paint.
  setTimeout(() => {
    if (active === opened) void storeThumbnail(opened);
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
    // A replaced journey's picture is the new journey's to take, not this old version's.
    if (!session.replaced) await storeThumbnail(session);
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

/**
 * What this window had not stored of a replaced journey goes to the replaced version in the
 * trash (its copy has the same note and line ids), so no edit is lost to a Replace.
 */
async function storeWithReplacedVersion(db: AppDatabase, leftover: JourneyChanges, copyId: Id, doc: JourneyDoc | null): Promise<void> {
  if (changedRecordCount(leftover) === 0 || !doc) return;
  const meta = { ...leftover.meta };
  delete meta.title; // the copy keeps its "(replaced <date>)" title
  try {
    await saveJourneyChanges(db, { ...leftover, journeyId: copyId, meta }, { ...doc, id: copyId, title: doc.title });
  } catch (error) {
    console.error('could not store the last edits with the replaced version', error);
  }
}

/**
 * Stops the open journey's autosave for good because the journey is being replaced: what it
 * had not written yet is stored with the replaced version (copyId) instead. The caller opens the
 * replacement.
 */
export async function giveUpForReplacement(copyId: Id): Promise<void> {
  const session = active;
  if (!session || session.replaced) return;
  session.replaced = true;
  const doc = boardStore.getState().doc;
  const leftover = session.autosave.abandon();
  await storeWithReplacedVersion(session.db, leftover, copyId, doc);
}

/** Another window replaced the open journey: store what is left with the old version, load the new one. */
async function adoptReplacement(session: ActiveSession, copyId: Id | null): Promise<void> {
  if (active !== session || session.replaced) return;
  session.replaced = true;
  const doc = boardStore.getState().doc;
  const leftover = session.autosave.abandon();
  const unsaved = changedRecordCount(leftover);
  if (copyId) await storeWithReplacedVersion(session.db, leftover, copyId, doc);
  const outcome = await openJourney(session.journeyId);
  if (outcome.ok) {
    showNotice({ tone: 'info', text: i18next.t(unsaved > 0 ? 'storage:replace.adoptedWithEdits' : 'storage:replace.adopted', { count: unsaved }) });
  }
}

const EXCERPT_LENGTH = 60;

/**
 * Two windows changed one note's text at the same time and the other one's edit came later:
 * say so, and offer this window's text back (as a new edit, which then wins everywhere).
 */
function offerLostText({ noteId, lostText }: TextOverwritten): void {
  const excerpt = lostText.length > EXCERPT_LENGTH ? `${lostText.slice(0, EXCERPT_LENGTH)}…` : lostText;
  showNotice({
    tone: 'error',
    text: i18next.t('storage:conflict.textOverwritten', { excerpt }),
    action: {
      label: i18next.t('storage:conflict.getTextBack'),
      run: () => {
        const doc = boardStore.getState().doc;
        if (!doc) return;
        // Deleted since in both windows (a later, deliberate delete): nothing to put it into.
        if (doc.notes[noteId]) boardStore.getState().changeDoc((d) => updateNote(d, noteId, { text: lostText }));
      },
    },
  });
}
