/**
 * Journey repositories: everything the app does with stored journeys. Each user action is one
 * read-write transaction, its input validated before the transaction starts, and nothing but
 * Dexie awaited inside it (an await on anything else would let IndexedDB commit the
 * transaction half-way; RELIABILITY.md).
 */
import Dexie from 'dexie';
import {
  ConnectorSchema,
  JourneySchema,
  LIMITS,
  newId,
  NoteSchema,
  type Id,
  type Journey,
  type JourneyDoc,
} from '../../shared/model';
import type { JourneyChanges } from './changes';
import type { AppDatabase } from './open';
import { connectorRow, journeyFromRows, journeyRow, noteRow, rowRevision, UnreadableJourneyError, type RowsReadResult } from './rows';
import type { JourneyboardDexie, JourneyRow } from './schema';

export class InvalidJourneyDataError extends Error {
  constructor(readonly what: string) {
    super(`refusing to store invalid data: ${what}`);
    this.name = 'InvalidJourneyDataError';
  }
}

/**
 * The journey was replaced as a whole (an import chose Replace) since this window loaded it:
 * writing this window's records into it would mix the old journey into the new one.
 */
export class JourneyReplacedError extends Error {
  constructor(
    readonly journeyId: Id,
    readonly revision: number,
    /** Where the replaced version went (in the trash), to store this window's last edits. */
    readonly copyId: Id | null,
  ) {
    super(`journey ${journeyId} was replaced (now revision ${revision})`);
    this.name = 'JourneyReplacedError';
  }
}

/** What a library card shows. */
export interface JourneySummary {
  id: Id;
  title: string;
  personaName: string;
  phaseCount: number;
  noteCount: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  thumbnail: string | null;
  /** The row could not be read (damaged, or written by a build with a bug): shown, not opened. */
  unreadable: boolean;
}

/** All rows of one journey in a table keyed [journeyId+id]. */
function ofJourney<T>(table: Dexie.Table<T, [Id, Id]>, journeyId: Id) {
  return table.where('[journeyId+id]').between([journeyId, Dexie.minKey], [journeyId, Dexie.maxKey], true, true);
}

function textField(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value.slice(0, LIMITS.titleLength) : '';
}

export async function listJourneys(db: AppDatabase): Promise<JourneySummary[]> {
  const d = db.dexie;
  return d.transaction('r', [d.journeys, d.notes, d.thumbnails], async () => {
    const [rows, thumbnails] = await Promise.all([d.journeys.toArray(), d.thumbnails.toArray()]);
    const thumbnailById = new Map(thumbnails.map((t) => [t.journeyId, t.dataUrl]));
    const counts = await Promise.all(rows.map((row) => ofJourney(d.notes, row.id).count()));
    return rows.map((raw, i): JourneySummary => {
      const row = raw as unknown as Record<string, unknown>;
      const meta = JourneySchema.omit({ notes: true, connectors: true }).safeParse(row);
      const thumbnail = thumbnailById.get(raw.id);
      return {
        id: raw.id,
        title: meta.success ? meta.data.title : textField(row, 'title'),
        personaName: meta.success ? meta.data.persona.name : textField(row, 'personaName'),
        phaseCount: meta.success ? meta.data.phases.length : 0,
        noteCount: counts[i] ?? 0,
        createdAt: meta.success ? meta.data.createdAt : '',
        updatedAt: meta.success ? meta.data.updatedAt : textField(row, 'updatedAt'),
        deletedAt: typeof row['deletedAt'] === 'string' ? row['deletedAt'] : null,
        thumbnail: typeof thumbnail === 'string' && thumbnail.startsWith('data:image/png;base64,') ? thumbnail : null,
        unreadable: !meta.success,
      };
    });
  });
}

async function readJourney(d: JourneyboardDexie, id: Id): Promise<RowsReadResult | null> {
  const row = await d.journeys.get(id);
  if (!row) return null;
  const [notes, connectors] = await Promise.all([ofJourney(d.notes, id).toArray(), ofJourney(d.connectors, id).toArray()]);
  return journeyFromRows(row, notes, connectors);
}

/** The journey, validated row by row; null when there is no such journey. */
export async function loadJourney(db: AppDatabase, id: Id): Promise<RowsReadResult | null> {
  const d = db.dexie;
  return d.transaction('r', [d.journeys, d.notes, d.connectors], () => readJourney(d, id));
}

function validJourney(journey: Journey): Journey {
  const parsed = JourneySchema.safeParse(journey);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidJourneyDataError(issue ? `${issue.path.join('.')}: ${issue.message}` : 'journey');
  }
  return parsed.data;
}

async function writeWholeJourney(d: JourneyboardDexie, journey: Journey | JourneyDoc, deletedAt: string | null) {
  const notes = Array.isArray(journey.notes) ? journey.notes : Object.values(journey.notes);
  const connectors = Array.isArray(journey.connectors) ? journey.connectors : Object.values(journey.connectors);
  await d.journeys.put(journeyRow(journey, deletedAt));
  await ofJourney(d.notes, journey.id).delete();
  await ofJourney(d.connectors, journey.id).delete();
  await d.notes.bulkPut(notes.map((n) => noteRow(journey.id, n)));
  await d.connectors.bulkPut(connectors.map((c) => connectorRow(journey.id, c)));
}

/** Stores a new journey (from a template, an import or a duplicate). Fails if the id is taken. */
export async function createJourney(db: AppDatabase, journey: Journey): Promise<void> {
  db.assertWritable();
  const valid = validJourney(journey);
  const d = db.dexie;
  await d.transaction('rw', [d.journeys, d.notes, d.connectors], async () => {
    if (await d.journeys.get(valid.id)) throw new InvalidJourneyDataError(`journey ${valid.id} exists`);
    await writeWholeJourney(d, valid, null);
  });
}

export interface ReplaceOptions {
  /** The id the replaced version gets in the trash. */
  copyId: Id;
  /** Its title there from its title now, e.g. "Shop (replaced 3 Dec 2026, 19:02)". */
  copyTitle(replacedTitle: string): string;
  /**
   * The replaced version as this window holds it (the journey is open here): newer than what
   * is stored by whatever autosave has not written yet. Otherwise the stored one is kept.
   */
  current?: JourneyDoc | null;
  now?: Date;
}

export interface ReplaceOutcome {
  revision: number;
  copyId: Id;
}

/**
 * Replaces a stored journey as a whole (an import the user chose to let replace it), in one
 * transaction: the version it replaces goes into the trash under a new id and title (so it can
 * be restored), the new one takes the id with a raised change stamp (revision), so every window
 * still holding the old one adopts the new one instead of writing into it. If anything fails,
 * nothing has changed.
 */
export async function replaceJourney(db: AppDatabase, journey: Journey, options: ReplaceOptions): Promise<ReplaceOutcome> {
  db.assertWritable();
  const valid = validJourney(journey);
  const stamp = (options.now ?? new Date()).toISOString();
  const d = db.dexie;
  return d.transaction('rw', [d.journeys, d.notes, d.connectors, d.thumbnails], async () => {
    const row = await d.journeys.get(valid.id);
    const revision = rowRevision(row) + 1;
    if (row) {
      const current = options.current && options.current.id === valid.id ? options.current : (await readJourney(d, valid.id))?.journey;
      if (current) {
        const title = options.copyTitle(current.title).slice(0, LIMITS.titleLength);
        await writeWholeJourney(d, { ...current, id: options.copyId, title, updatedAt: stamp }, stamp);
      }
      const thumbnail = await d.thumbnails.get(valid.id);
      if (thumbnail) {
        await d.thumbnails.put({ ...thumbnail, journeyId: options.copyId });
        await d.thumbnails.delete(valid.id);
      }
    }
    await writeWholeJourney(d, valid, null);
    await d.journeys.update(valid.id, { revision, replacedCopyId: options.copyId });
    return { revision, copyId: options.copyId };
  });
}

/** The journey's change stamp now (0 when it has none or is gone). */
export async function journeyRevision(db: AppDatabase, id: Id): Promise<number> {
  return rowRevision(await db.dexie.journeys.get(id));
}

export async function journeyExists(db: AppDatabase, id: Id): Promise<boolean> {
  return (await db.dexie.journeys.get(id)) !== undefined;
}

const metaShape = JourneySchema.omit({ notes: true, connectors: true }).shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;

function validateChanges(changes: JourneyChanges): void {
  for (const [key, value] of Object.entries(changes.meta)) {
    const field = metaShape[key];
    if (!field || !field.safeParse(value).success) throw new InvalidJourneyDataError(`journey.${key}`);
  }
  for (const [id, note] of changes.notes) {
    if (note && (note.id !== id || !NoteSchema.safeParse(note).success)) throw new InvalidJourneyDataError(`note ${id}`);
  }
  for (const [id, connector] of changes.connectors) {
    if (connector && (connector.id !== id || !ConnectorSchema.safeParse(connector).success)) {
      throw new InvalidJourneyDataError(`connector ${id}`);
    }
  }
}

/**
 * Autosave's write: only the changed records, in one transaction. `doc` is the whole current
 * journey, used only if the journey's row has vanished (emptied from the trash in another
 * window, or storage reset under us): then everything is written, so nothing in memory is lost.
 */
export async function saveJourneyChanges(
  db: AppDatabase,
  changes: JourneyChanges,
  doc: JourneyDoc,
  /** The change stamp this window loaded; a different stored one means the journey was replaced. */
  revision?: number,
): Promise<void> {
  db.assertWritable();
  validateChanges(changes);
  const id = changes.journeyId;
  const notePuts: ReturnType<typeof noteRow>[] = [];
  const noteDeletes: [Id, Id][] = [];
  for (const [noteId, note] of changes.notes) {
    if (note) notePuts.push(noteRow(id, note));
    else noteDeletes.push([id, noteId]);
  }
  const connectorPuts: ReturnType<typeof connectorRow>[] = [];
  const connectorDeletes: [Id, Id][] = [];
  for (const [connectorId, connector] of changes.connectors) {
    if (connector) connectorPuts.push(connectorRow(id, connector));
    else connectorDeletes.push([id, connectorId]);
  }
  const meta: Record<string, unknown> = { ...changes.meta };
  if (changes.meta.persona) meta['personaName'] = changes.meta.persona.name;
  const d = db.dexie;
  await d.transaction('rw', [d.journeys, d.notes, d.connectors], async () => {
    const row = await d.journeys.get(id);
    if (row && revision !== undefined && rowRevision(row) !== revision) {
      throw new JourneyReplacedError(id, rowRevision(row), typeof row.replacedCopyId === 'string' ? row.replacedCopyId : null);
    }
    const exists = row !== undefined && (Object.keys(meta).length === 0 || (await d.journeys.update(id, meta as Partial<JourneyRow>)) > 0);
    if (!exists) {
      await writeWholeJourney(d, doc, null);
      if (revision) await d.journeys.update(id, { revision });
      return;
    }
    if (notePuts.length) await d.notes.bulkPut(notePuts);
    if (noteDeletes.length) await d.notes.bulkDelete(noteDeletes);
    if (connectorPuts.length) await d.connectors.bulkPut(connectorPuts);
    if (connectorDeletes.length) await d.connectors.bulkDelete(connectorDeletes);
  });
}

export async function renameJourney(db: AppDatabase, id: Id, title: string, now = new Date()): Promise<void> {
  db.assertWritable();
  if (!JourneySchema.shape.title.safeParse(title).success) throw new InvalidJourneyDataError('title');
  await db.dexie.journeys.update(id, { title, updatedAt: now.toISOString() });
}

export async function moveJourneyToTrash(db: AppDatabase, id: Id, now = new Date()): Promise<void> {
  db.assertWritable();
  await db.dexie.journeys.update(id, { deletedAt: now.toISOString() });
}

export async function restoreJourneyFromTrash(db: AppDatabase, id: Id): Promise<void> {
  db.assertWritable();
  await db.dexie.journeys.update(id, { deletedAt: null });
}

async function deleteJourneyRows(d: JourneyboardDexie, id: Id): Promise<void> {
  await ofJourney(d.notes, id).delete();
  await ofJourney(d.connectors, id).delete();
  await d.thumbnails.delete(id);
  await d.journeys.delete(id);
}

/** Deletes every journey in the trash for good. Returns how many went. */
export async function emptyTrash(db: AppDatabase): Promise<number> {
  db.assertWritable();
  const d = db.dexie;
  return d.transaction('rw', [d.journeys, d.notes, d.connectors, d.thumbnails], async () => {
    const trashed = (await d.journeys.toArray()).filter((row) => typeof row.deletedAt === 'string');
    for (const row of trashed) await deleteJourneyRows(d, row.id);
    return trashed.length;
  });
}

/** Deletes one journey for good (only from the trash). */
export async function deleteJourneyForever(db: AppDatabase, id: Id): Promise<void> {
  db.assertWritable();
  const d = db.dexie;
  await d.transaction('rw', [d.journeys, d.notes, d.connectors, d.thumbnails], async () => {
    const row = await d.journeys.get(id);
    if (row && typeof row.deletedAt === 'string') await deleteJourneyRows(d, id);
  });
}

/** Copies a journey under a new id and title; returns the new id. */
export async function duplicateJourney(db: AppDatabase, id: Id, title: string, now = new Date()): Promise<Id> {
  db.assertWritable();
  if (!JourneySchema.shape.title.safeParse(title).success) throw new InvalidJourneyDataError('title');
  const copyId = newId();
  const d = db.dexie;
  await d.transaction('rw', [d.journeys, d.notes, d.connectors, d.thumbnails], async () => {
    const read = await readJourney(d, id);
    if (!read) throw new UnreadableJourneyError(id, 'missing');
    const stamp = now.toISOString();
    await writeWholeJourney(d, { ...read.journey, id: copyId, title, createdAt: stamp, updatedAt: stamp }, null);
    const thumbnail = await d.thumbnails.get(id);
    if (thumbnail) await d.thumbnails.put({ ...thumbnail, journeyId: copyId });
  });
  return copyId;
}

export async function saveThumbnail(db: AppDatabase, id: Id, dataUrl: string, now = new Date()): Promise<void> {
  db.assertWritable();
  if (!dataUrl.startsWith('data:image/png;base64,')) throw new InvalidJourneyDataError('thumbnail');
  const d = db.dexie;
  await d.transaction('rw', [d.journeys, d.thumbnails], async () => {
    // A thumbnail for a journey deleted meanwhile would be an orphan row.
    if (await d.journeys.get(id)) await d.thumbnails.put({ journeyId: id, dataUrl, updatedAt: now.toISOString() });
  });
}
