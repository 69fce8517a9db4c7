import { describe, expect, it } from 'vitest';
import { addNotes, createJourney, createNote, fromDoc, removeNotes, toDoc, updateNote, type Journey } from '../../shared/model';
import { diffDocs } from './changes';
import {
  createJourney as storeJourney,
  deleteJourneyForever,
  duplicateJourney,
  emptyTrash,
  InvalidJourneyDataError,
  listJourneys,
  loadJourney,
  moveJourneyToTrash,
  renameJourney,
  replaceJourney,
  restoreJourneyFromTrash,
  saveJourneyChanges,
  saveThumbnail,
} from './journeys';
import { openAppDatabase } from './open';
import { freshDatabaseName } from './testing';

function journeyWithNotes(count: number, title = 'Shop'): Journey {
  const journey = createJourney({ template: 'funnel', language: 'en', title });
  const doc = toDoc(journey);
  const notes = Array.from({ length: count }, (_, i) =>
    createNote({ kind: 'touchpoint', phaseId: doc.phases[i % 5]!.id, laneId: doc.lanes[0]!.id, text: `note ${i}` }),
  );
  return fromDoc(addNotes(doc, notes));
}

async function freshDb() {
  return openAppDatabase(freshDatabaseName('journeys'));
}

describe('journey repositories', () => {
  it('stores a journey and loads the same journey back', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(5);
    journey.persona.name = 'Anna';
    await storeJourney(db, journey);
    const loaded = await loadJourney(db, journey.id);
    expect(loaded?.skipped).toBe(0);
    expect({ ...loaded!.journey, notes: [...loaded!.journey.notes].sort((x, y) => x.id.localeCompare(y.id)) }).toEqual({
      ...journey,
      notes: [...journey.notes].sort((x, y) => x.id.localeCompare(y.id)),
    });
    const [summary] = await listJourneys(db);
    expect(summary).toMatchObject({ id: journey.id, title: 'Shop', personaName: 'Anna', phaseCount: 5, noteCount: 5, deletedAt: null });
    expect(await loadJourney(db, 'missing')).toBeNull();
  });

  it('refuses an invalid journey before writing anything', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(1);
    journey.notes[0]!.width = -5;
    await expect(storeJourney(db, journey)).rejects.toBeInstanceOf(InvalidJourneyDataError);
    expect(await listJourneys(db)).toEqual([]);
  });

  it('writes only the changed records', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(3);
    await storeJourney(db, journey);
    const [n0, n1] = journey.notes;
    // A marker written behind the repository's back: rewriting every note would erase it.
    await db.dexie.notes.update([journey.id, n1!.id], { text: 'marker' });
    const doc = toDoc(journey);
    const next = { ...updateNote(doc, n0!.id, { text: 'edited' }), title: 'Renamed' };
    await saveJourneyChanges(db, diffDocs(doc, next), next);
    const loaded = (await loadJourney(db, journey.id))!.journey;
    expect(loaded.title).toBe('Renamed');
    expect(loaded.notes.find((n) => n.id === n0!.id)?.text).toBe('edited');
    expect(loaded.notes.find((n) => n.id === n1!.id)?.text).toBe('marker');
    // A second window writing the same values again must not be mistaken for a vanished row.
    await saveJourneyChanges(db, { ...diffDocs(doc, next), notes: new Map() }, next);
    expect((await loadJourney(db, journey.id))!.journey.notes.find((n) => n.id === n1!.id)?.text).toBe('marker');
    const afterDelete = removeNotes(next, [n0!.id]);
    await saveJourneyChanges(db, diffDocs(next, afterDelete), afterDelete);
    expect((await loadJourney(db, journey.id))!.journey.notes).toHaveLength(2);
  });

  it('keeps the trash mark when autosave writes the journey fields', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(1);
    await storeJourney(db, journey);
    await moveJourneyToTrash(db, journey.id);
    const doc = toDoc(journey);
    const next = { ...doc, title: 'Still editing' };
    await saveJourneyChanges(db, diffDocs(doc, next), next);
    expect((await listJourneys(db))[0]).toMatchObject({ title: 'Still editing' });
    expect((await listJourneys(db))[0]?.deletedAt).not.toBeNull();
  });

  it('writes the whole journey when its row vanished meanwhile, so nothing in memory is lost', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(4);
    await storeJourney(db, journey);
    await moveJourneyToTrash(db, journey.id);
    await emptyTrash(db);
    const doc = toDoc(journey);
    const next = updateNote(doc, journey.notes[0]!.id, { text: 'late edit' });
    await saveJourneyChanges(db, diffDocs(doc, next), next);
    const loaded = (await loadJourney(db, journey.id))!.journey;
    expect(loaded.notes).toHaveLength(4);
    expect(loaded.notes.find((n) => n.id === journey.notes[0]!.id)?.text).toBe('late edit');
  });

  it('refuses an invalid change before the transaction', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(1);
    await storeJourney(db, journey);
    const doc = toDoc(journey);
    const next = updateNote(doc, journey.notes[0]!.id, { text: 'x'.repeat(20_000) });
    await expect(saveJourneyChanges(db, diffDocs(doc, next), next)).rejects.toBeInstanceOf(InvalidJourneyDataError);
    expect((await loadJourney(db, journey.id))!.journey.notes[0]!.text).toBe('note 0');
  });

  it('renames, trashes, restores, deletes for good and empties the trash', async () => {
    const db = await freshDb();
    const a = journeyWithNotes(2, 'A');
    const b = journeyWithNotes(2, 'B');
    const c = journeyWithNotes(2, 'C');
    for (const j of [a, b, c]) await storeJourney(db, j);
    await renameJourney(db, a.id, 'A renamed');
    await moveJourneyToTrash(db, b.id);
    await moveJourneyToTrash(db, c.id);
    await restoreJourneyFromTrash(db, c.id);
    let list = await listJourneys(db);
    expect(list.filter((s) => !s.deletedAt).map((s) => s.title).sort()).toEqual(['A renamed', 'C']);
    expect(list.filter((s) => s.deletedAt).map((s) => s.title)).toEqual(['B']);
    await deleteJourneyForever(db, a.id); // not in the trash: refused silently
    expect(await loadJourney(db, a.id)).not.toBeNull();
    expect(await emptyTrash(db)).toBe(1);
    list = await listJourneys(db);
    expect(list.map((s) => s.title).sort()).toEqual(['A renamed', 'C']);
    expect(await db.dexie.notes.count()).toBe(4);
    await expect(renameJourney(db, a.id, 'x'.repeat(400))).rejects.toBeInstanceOf(InvalidJourneyDataError);
  });

  it('duplicates a journey with its notes, connectors and thumbnail under a new id', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(3);
    await storeJourney(db, journey);
    await saveThumbnail(db, journey.id, 'data:image/png;base64,AAAA');
    const copyId = await duplicateJourney(db, journey.id, 'Shop (copy)');
    const copy = (await loadJourney(db, copyId))!.journey;
    expect(copy.title).toBe('Shop (copy)');
    expect(copy.notes.map((n) => n.text).sort()).toEqual(journey.notes.map((n) => n.text).sort());
    expect((await db.dexie.thumbnails.get(copyId))?.dataUrl).toBe('data:image/png;base64,AAAA');
    // Editing the copy leaves the original alone.
    const doc = toDoc(copy);
    const next = updateNote(doc, copy.notes[0]!.id, { text: 'copy only' });
    await saveJourneyChanges(db, diffDocs(doc, next), next);
    expect((await loadJourney(db, journey.id))!.journey.notes.map((n) => n.text)).not.toContain('copy only');
  });

  it('replaces a journey as a whole and keeps the replaced version in the trash', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(3);
    await storeJourney(db, journey);
    await saveThumbnail(db, journey.id, 'data:image/png;base64,AAAA');
    const outcome = await replaceJourney(db, { ...journey, notes: journey.notes.slice(0, 1), title: 'Imported' }, { copyId: 'replacedCopy1', copyTitle: (t) => `${t} (replaced today)` });
    expect(outcome).toEqual({ revision: 1, copyId: 'replacedCopy1' });
    const loaded = (await loadJourney(db, journey.id))!;
    expect(loaded.journey.title).toBe('Imported');
    expect(loaded.journey.notes).toHaveLength(1);
    expect(loaded.revision).toBe(1);
    const old = (await loadJourney(db, 'replacedCopy1'))!;
    expect(old.journey.title).toBe('Shop (replaced today)');
    expect(old.journey.notes.map((n) => n.text).sort()).toEqual(journey.notes.map((n) => n.text).sort());
    expect(old.deletedAt).not.toBeNull();
    expect((await listJourneys(db)).find((s) => s.id === 'replacedCopy1')).toMatchObject({ thumbnail: 'data:image/png;base64,AAAA', deletedAt: old.deletedAt });
    // Restorable from the trash like any journey.
    await restoreJourneyFromTrash(db, 'replacedCopy1');
    expect((await loadJourney(db, 'replacedCopy1'))!.deletedAt).toBeNull();
  });

  it('keeps the version the open window holds (newer than storage) when replacing', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(2);
    await storeJourney(db, journey);
    const inMemory = updateNote(toDoc(journey), journey.notes[0]!.id, { text: 'typed, not yet stored' });
    await replaceJourney(db, { ...journey, title: 'Imported' }, { copyId: 'replacedCopy2', copyTitle: () => 'Old', current: inMemory });
    expect((await loadJourney(db, 'replacedCopy2'))!.journey.notes.map((n) => n.text)).toContain('typed, not yet stored');
  });

  it('refuses a write from a window that still holds the replaced version', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(2);
    await storeJourney(db, journey);
    const revision = (await loadJourney(db, journey.id))!.revision;
    await replaceJourney(db, { ...journey, title: 'Imported' }, { copyId: 'replacedCopy3', copyTitle: () => 'Old' });
    const doc = toDoc(journey);
    const stale = updateNote(doc, journey.notes[0]!.id, { text: 'stale window' });
    await expect(saveJourneyChanges(db, diffDocs(doc, stale), stale, revision)).rejects.toMatchObject({ name: 'JourneyReplacedError', revision: 1, copyId: 'replacedCopy3' });
    expect((await loadJourney(db, journey.id))!.journey.notes.map((n) => n.text)).not.toContain('stale window');
    // The window that adopted the replacement writes as usual.
    await saveJourneyChanges(db, diffDocs(doc, stale), stale, 1);
    expect((await loadJourney(db, journey.id))!.journey.notes.map((n) => n.text)).toContain('stale window');
  });

  it('a failed replace changes nothing', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(2);
    await storeJourney(db, journey);
    await expect(replaceJourney(db, { ...journey, title: 'x'.repeat(100_000) }, { copyId: 'replacedCopy4', copyTitle: () => 'Old' })).rejects.toThrow();
    expect((await loadJourney(db, journey.id))!).toMatchObject({ revision: 0, journey: { title: journey.title } });
    expect(await loadJourney(db, 'replacedCopy4')).toBeNull();
  });

  it('leaves out unreadable rows on load and reports them, without deleting them', async () => {
    const db = await freshDb();
    const journey = journeyWithNotes(3);
    await storeJourney(db, journey);
    const bad = journey.notes[1]!;
    await db.dexie.notes.put({ ...bad, journeyId: journey.id, width: Number.NaN, text: 42 as unknown as string });
    const loaded = await loadJourney(db, journey.id);
    expect(loaded?.skipped).toBe(1);
    expect(loaded?.journey.notes).toHaveLength(2);
    expect(await db.dexie.notes.get([journey.id, bad.id])).toBeDefined();
  });

  it('lists a damaged journey row as unreadable instead of failing the whole library', async () => {
    const db = await freshDb();
    const good = journeyWithNotes(1, 'Good');
    await storeJourney(db, good);
    await db.dexie.journeys.put({ id: 'brokenJourney', title: 'Broken', phases: 'nope' } as never);
    const list = await listJourneys(db);
    expect(list.find((s) => s.id === 'brokenJourney')).toMatchObject({ unreadable: true, title: 'Broken' });
    expect(list.find((s) => s.id === good.id)?.unreadable).toBe(false);
    await expect(loadJourney(db, 'brokenJourney')).rejects.toThrow(/cannot be read/);
  });
});
