import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from './errors';
import { listJourneys, loadJourney, renameJourney } from './journeys';
import { openAppDatabase } from './open';
import { APP_SCHEMA_VERSION, declareSchema, JourneyboardDexie, SCHEMA_VERSION_KEY } from './schema';
import { buildFixtureDatabase, freshDatabaseName, type DatabaseFixture } from './testing';
import { moveThumbnailOutOfJourney } from './upgrades';

const fixtures = import.meta.glob<DatabaseFixture>('./fixtures/schema-v*.json', { eager: true, import: 'default' });
function fixture(version: number): DatabaseFixture {
  const found = fixtures[`./fixtures/schema-v${version}.json`];
  if (!found) throw new Error(`no fixture database for schema version ${version}`);
  return structuredClone(found);
}

describe('schema versions', () => {
  it('has a fixture database for every version that has a successor, so every upgrade is tested', () => {
    const files = Object.keys(fixtures);
    for (let v = 1; v < APP_SCHEMA_VERSION; v++) expect(files).toContain(`./fixtures/schema-v${v}.json`);
    for (const file of files) expect(fixtures[file]!.version).toBeLessThan(APP_SCHEMA_VERSION);
  });

  it.each(Array.from({ length: APP_SCHEMA_VERSION - 1 }, (_, i) => i + 1))(
    'upgrades a version %i database to the current version with every journey readable',
    async (version) => {
      const name = freshDatabaseName(`v${version}`);
      const rows = fixture(version);
      await buildFixtureDatabase(name, rows);
      const db = await openAppDatabase(name);
      expect(db.newerVersion).toBeNull();
      expect((await db.dexie.meta.get(SCHEMA_VERSION_KEY))?.value).toBe(APP_SCHEMA_VERSION);
      const summaries = await listJourneys(db);
      expect(summaries.map((s) => s.id).sort()).toEqual(rows.tables['journeys']!.map((j) => (j as { id: string }).id).sort());
      for (const summary of summaries) {
        expect(summary.unreadable).toBe(false);
        const loaded = await loadJourney(db, summary.id);
        expect(loaded?.skipped).toBe(0);
      }
      db.close();
    },
  );

  it('1 -> 2 moves each inline thumbnail into the thumbnails table and keeps everything else', async () => {
    const name = freshDatabaseName('v1to2');
    await buildFixtureDatabase(name, fixture(1));
    const db = await openAppDatabase(name);
    const shop = await db.dexie.journeys.get('journeyShop1');
    expect(shop).toBeDefined();
    expect(shop).not.toHaveProperty('thumbnail');
    expect(shop?.title).toBe('Online-Shop Gartenmöbel');
    expect(shop?.persona.name).toBe('Anna Berger');
    expect((await db.dexie.thumbnails.get('journeyShop1'))?.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await db.dexie.thumbnails.get('journeyOld01')).toBeUndefined();
    const old = await db.dexie.journeys.get('journeyOld01');
    expect(old?.deletedAt).toBe('2026-02-01T12:00:00.000Z');
    // Two journeys may hold a note with the same id.
    expect(await db.dexie.notes.count()).toBe(4);
    const loaded = await loadJourney(db, 'journeyShop1');
    expect(loaded?.journey.notes.map((n) => n.text).sort()).toEqual(['Checkout', 'Instagram-Anzeige', 'neugierig']);
    expect(loaded?.journey.connectors).toHaveLength(1);
    expect(await db.dexie.personas.count()).toBe(0);
    expect(await db.dexie.catalogue.count()).toBe(0);
    const summaries = await listJourneys(db);
    expect(summaries.find((s) => s.id === 'journeyShop1')).toMatchObject({ noteCount: 3, phaseCount: 2, personaName: 'Anna Berger' });
    db.close();
  });

  it('1 -> 2 as a pure function: drops a thumbnail that is not a PNG data URL', () => {
    const row = { id: 'j1', title: 'T', updatedAt: '2026-01-01T00:00:00.000Z', thumbnail: 'https://example.com/x.png' };
    expect(moveThumbnailOutOfJourney(row)).toEqual({ journey: { id: 'j1', title: 'T', updatedAt: '2026-01-01T00:00:00.000Z' }, thumbnail: null });
    const png = 'data:image/png;base64,AAAA';
    expect(moveThumbnailOutOfJourney({ id: 'j2', thumbnail: png }).thumbnail).toEqual({
      journeyId: 'j2',
      dataUrl: png,
      updatedAt: new Date(0).toISOString(),
    });
  });

  it('records the schema version in a new database', async () => {
    const db = await openAppDatabase(freshDatabaseName('fresh'));
    expect((await db.dexie.meta.get(SCHEMA_VERSION_KEY))?.value).toBe(APP_SCHEMA_VERSION);
    expect(db.newerVersion).toBeNull();
    db.close();
  });
});

describe('a database written by a newer app', () => {
  async function newerDatabase(name: string) {
    // What a future version might do: a third schema version with a new table.
    const future = new Dexie(name);
    declareSchema(future, APP_SCHEMA_VERSION);
    future.version(APP_SCHEMA_VERSION + 1).stores({ votes: 'id' });
    await future.open();
    await future.table('journeys').put({ ...fixture(1).tables['journeys']![0]!, thumbnail: undefined, futureField: 1 });
    await future.table('meta').put({ key: SCHEMA_VERSION_KEY, value: APP_SCHEMA_VERSION + 1 });
    future.close();
  }

  it('is opened as found, read, and never written or "repaired"', async () => {
    const name = freshDatabaseName('newer');
    await newerDatabase(name);
    const before = (await indexedDB.databases()).find((d) => d.name === name)?.version;
    const db = await openAppDatabase(name);
    expect(db.newerVersion).toBe(APP_SCHEMA_VERSION + 1);
    const summaries = await listJourneys(db);
    expect(summaries.map((s) => s.title)).toEqual(['Online-Shop Gartenmöbel']);
    await expect(renameJourney(db, 'journeyShop1', 'Other')).rejects.toBeInstanceOf(NewerDatabaseError);
    expect((await db.dexie.journeys.get('journeyShop1'))?.title).toBe('Online-Shop Gartenmöbel');
    db.close();
    expect((await indexedDB.databases()).find((d) => d.name === name)?.version).toBe(before);
    const raw = new JourneyboardDexie(name, { asFound: true });
    await raw.open();
    expect(raw.tables.map((t) => t.name)).toContain('votes');
    raw.close();
  });

  it('refuses to write when only the stored app version is newer', async () => {
    const name = freshDatabaseName('newer-meta');
    const db0 = await openAppDatabase(name);
    await db0.dexie.meta.put({ key: SCHEMA_VERSION_KEY, value: APP_SCHEMA_VERSION + 5 });
    db0.close();
    const db = await openAppDatabase(name);
    expect(db.newerVersion).toBe(APP_SCHEMA_VERSION + 5);
    expect(() => db.assertWritable()).toThrow(NewerDatabaseError);
    db.close();
  });
});
