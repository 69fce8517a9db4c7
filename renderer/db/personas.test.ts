import { describe, expect, it } from 'vitest';
import { emptyPersona } from '../../shared/model';
import { addCatalogueEntry, deleteCatalogueEntry, listCatalogueEntries } from './catalogue';
import { InvalidJourneyDataError } from './journeys';
import { openAppDatabase } from './open';
import { deleteLibraryPersona, listLibraryPersonas, saveLibraryPersona } from './personas';
import { freshDatabaseName } from './testing';

describe('persona library', () => {
  it('saves, updates, lists by name and deletes personas; skips unreadable rows', async () => {
    const db = await openAppDatabase(freshDatabaseName('personas'));
    const anna = { ...emptyPersona(), name: 'Anna Berger', age: 38 };
    const id = await saveLibraryPersona(db, anna, { now: new Date('2026-01-01T00:00:00.000Z') });
    await saveLibraryPersona(db, { ...emptyPersona(), name: 'Ben' });
    await saveLibraryPersona(db, { ...anna, jobTitle: 'Projektleiterin' }, { id, now: new Date('2026-02-01T00:00:00.000Z') });
    await db.dexie.personas.put({ id: 'broken', persona: { name: 5 } } as never);
    const list = await listLibraryPersonas(db);
    expect(list.map((p) => p.persona.name)).toEqual(['Anna Berger', 'Ben']);
    expect(list[0]).toMatchObject({ id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(list[0]!.persona.jobTitle).toBe('Projektleiterin');
    await expect(saveLibraryPersona(db, { ...anna, age: 400 })).rejects.toBeInstanceOf(InvalidJourneyDataError);
    await deleteLibraryPersona(db, id);
    expect((await listLibraryPersonas(db)).map((p) => p.persona.name)).toEqual(['Ben']);
  });
});

describe('catalogue entries', () => {
  it('adds, filters and deletes the user\'s own touchpoints and KPIs', async () => {
    const db = await openAppDatabase(freshDatabaseName('catalogue'));
    const a = await addCatalogueEntry(db, { catalogue: 'touchpoints', group: 'afterPurchase', text: 'Paketbeileger', language: 'de' });
    await addCatalogueEntry(db, { catalogue: 'kpis', group: 'retention', text: 'Repeat purchase rate', language: 'en' });
    expect((await listCatalogueEntries(db, { catalogue: 'touchpoints' })).map((e) => e.text)).toEqual(['Paketbeileger']);
    expect((await listCatalogueEntries(db, { language: 'en' })).map((e) => e.text)).toEqual(['Repeat purchase rate']);
    await expect(addCatalogueEntry(db, { catalogue: 'touchpoints', group: 'x', text: '', language: 'de' })).rejects.toBeInstanceOf(InvalidJourneyDataError);
    await deleteCatalogueEntry(db, a);
    expect(await listCatalogueEntries(db, { catalogue: 'touchpoints' })).toEqual([]);
  });
});
