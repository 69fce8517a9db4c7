/**
 * The app's import store, wired to the journey repositories (renderer/db) and to the journey
 * session (opening). One transaction per import: createJourney or replaceJourney writes the
 * whole journey or nothing.
 *
 * Replace keeps the journey open and autosaving until the replacement is stored: if the write
 * fails, nothing changed and the facilitator goes on working. Once it is stored, the replaced
 * version (as this window holds it, with edits autosave had not written yet) is in the trash,
 * the other windows are told to adopt the new one, and this window opens it.
 */
import i18next from 'i18next';
import { newId } from '../../shared/model';
import { rememberJourneyFile } from '../app/journeyFiles';
import { activeJourneyId, giveUpForReplacement, openJourney } from '../app/journeySession';
import { appDatabase } from '../db/instance';
import { createJourney, journeyExists, listJourneys, replaceJourney } from '../db/journeys';
import { boardStore } from '../store/store';
import { announceLibraryChange, windowChannel } from '../sync/windowChannel';
import { createImportStore, type ImportSource } from './importFlow';

/** "Shop (replaced 3 Dec 2026, 19:02)": the replaced version's title in the trash. */
export function replacedVersionTitle(title: string, at: Date, language = i18next.language): string {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return i18next.t('storage:replace.copyTitle', { title, date });
}

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
    const db = await appDatabase();
    const openHere = activeJourneyId() === journey.id;
    const current = openHere ? boardStore.getState().doc : null;
    const now = new Date();
    let replacedTitle = '';
    const outcome = await replaceJourney(db, journey, {
      copyId: newId(),
      copyTitle: (title) => (replacedTitle = replacedVersionTitle(title, now)),
      current,
      now,
    });
    if (openHere) await giveUpForReplacement(outcome.copyId);
    const channel = windowChannel();
    channel.post({ type: 'replaced', from: channel.windowId, journeyId: journey.id, revision: outcome.revision, copyId: outcome.copyId });
    announceLibraryChange();
    return { replacedTitle };
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
