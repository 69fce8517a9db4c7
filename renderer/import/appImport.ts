/**
 * The app's import store, wired to the storage helper's repository (renderer/db) and to the
 * journey session (opening, closing). One transaction per import: createJourney or
 * replaceJourney writes the whole journey or nothing.
 */
import i18next from 'i18next';
import { newId } from '../../shared/model';
import { rememberJourneyFile } from '../app/journeyFiles';
import { activeJourneyId, closeJourney, openJourney } from '../app/journeySession';
import { appDatabase } from '../db/instance';
import { createJourney, journeyExists, listJourneys, replaceJourney } from '../db/journeys';
import { announceLibraryChange } from '../sync/windowChannel';
import { createImportStore, type ImportSource } from './importFlow';

export const importStore = createImportStore(() => ({
  async existingTitle(id) {
    const db = await appDatabase();
    if (!(await journeyExists(db, id))) return null;
    return (await listJourneys(db)).find((s) => s.id === id)?.title ?? '';
  },
  async create(journey) {
    await createJourney(await appDatabase(), journey);
    announceLibraryChange();
  },
  async replace(journey) {
    await replaceJourney(await appDatabase(), journey);
    announceLibraryChange();
  },
  async closeIfOpen(id) {
    if (activeJourneyId() === id) await closeJourney({ showLibrary: false });
  },
  async open(id) {
    await openJourney(id);
  },
  rememberFile: rememberJourneyFile,
  newId,
  copyTitle: (title) => i18next.t('file:import.copyTitle', { title }),
}));

export function fileSource(file: File): ImportSource {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function bytesSource(name: string, data: Uint8Array, fileToken?: string): ImportSource {
  return { name, size: data.length, read: async () => data, fileToken };
}
