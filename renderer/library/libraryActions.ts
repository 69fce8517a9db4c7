/**
 * What the library's buttons do. Each is one repository call (one transaction), followed by a
 * word to the other windows: their libraries reload, and a window that has a renamed journey
 * open takes the new title.
 */
import type { Id, Journey } from '../../shared/model';
import { appDatabase } from '../db/instance';
import {
  createJourney,
  deleteJourneyForever,
  duplicateJourney,
  emptyTrash,
  moveJourneyToTrash,
  renameJourney,
  restoreJourneyFromTrash,
} from '../db/journeys';
import { changesMessage } from '../sync/messages';
import { announceLibraryChange, windowChannel } from '../sync/windowChannel';

async function thenAnnounce<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  announceLibraryChange();
  return result;
}

export async function addJourney(journey: Journey): Promise<Id> {
  const db = await appDatabase();
  await thenAnnounce(createJourney(db, journey));
  return journey.id;
}

export async function renameLibraryJourney(id: Id, title: string): Promise<void> {
  const db = await appDatabase();
  const now = new Date();
  await thenAnnounce(renameJourney(db, id, title, now));
  const channel = windowChannel();
  channel.post(
    changesMessage(channel.windowId, { journeyId: id, meta: { title, updatedAt: now.toISOString() }, notes: new Map(), connectors: new Map() }),
  );
}

export async function duplicateLibraryJourney(id: Id, title: string): Promise<Id> {
  return thenAnnounce(appDatabase().then((db) => duplicateJourney(db, id, title)));
}

export async function trashJourney(id: Id): Promise<void> {
  await thenAnnounce(appDatabase().then((db) => moveJourneyToTrash(db, id)));
}

export async function restoreJourney(id: Id): Promise<void> {
  await thenAnnounce(appDatabase().then((db) => restoreJourneyFromTrash(db, id)));
}

export async function deleteForever(id: Id): Promise<void> {
  await thenAnnounce(appDatabase().then((db) => deleteJourneyForever(db, id)));
}

export async function emptyLibraryTrash(): Promise<number> {
  return thenAnnounce(appDatabase().then((db) => emptyTrash(db)));
}
