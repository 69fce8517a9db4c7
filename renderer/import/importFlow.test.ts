import { describe, expect, it, vi } from 'vitest';
import { fixtureText, utf8 } from '../../test/fixtures/fixtures';
import type { Journey } from '../../shared/model';
import { createImportStore, type ImportDeps, type ImportSource } from './importFlow';

function fakeLibrary(existing: Record<string, string> = {}) {
  const stored = new Map<string, Journey>();
  const opened: string[] = [];
  const remembered: { journeyId: string; fileToken: string; name: string }[] = [];
  const deps: ImportDeps = {
    existingTitle: async (id) => existing[id] ?? (stored.has(id) ? stored.get(id)!.title : null),
    create: async (j) => {
      if (stored.has(j.id) || existing[j.id]) throw new Error('exists');
      stored.set(j.id, j);
    },
    replace: async (j) => {
      stored.set(j.id, j);
      return { replacedTitle: `${j.title} (replaced)` };
    },
    open: async (id) => void opened.push(id),
    rememberFile: (journeyId, file) => void remembered.push({ journeyId, ...file }),
    newId: () => 'copy-id-1',
    copyTitle: (title) => `${title} (Kopie)`,
  };
  return { deps, stored, opened, remembered };
}

const source = (name: string, text: string): ImportSource => ({ name, size: utf8(text).length, read: async () => utf8(text) });

describe('import flow', () => {
  it('links a journey file opened on the desktop to its token, so Save writes back to it', async () => {
    const lib = fakeLibrary();
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile({ ...source('shop.journey.json', fixtureText()), fileToken: 'token-12345678' });
    expect(lib.remembered).toEqual([{ journeyId: 'onlineShopLounge', fileToken: 'token-12345678', name: 'shop.journey.json' }]);
  });

  it('does not link a copy to the file it came from', async () => {
    const lib = fakeLibrary({ onlineShopLounge: 'Already here' });
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile({ ...source('shop.journey.json', fixtureText()), fileToken: 'token-12345678' });
    await store.getState().resolveConflict('copy');
    expect(lib.opened).toEqual(['copy-id-1']);
    expect(lib.remembered).toEqual([]);
  });

  it('stores and opens a good file', async () => {
    const lib = fakeLibrary();
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('shop.journey.json', fixtureText()));
    expect(store.getState()).toMatchObject({ step: 'done', journeyId: 'onlineShopLounge', repairs: [] });
    expect([...lib.stored.keys()]).toEqual(['onlineShopLounge']);
    expect(lib.opened).toEqual(['onlineShopLounge']);
  });

  it('a bad file fails with its error and stores nothing', async () => {
    const lib = fakeLibrary();
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('broken.json', fixtureText().slice(0, 500)));
    expect(store.getState()).toMatchObject({ step: 'failed', fileName: 'broken.json', problem: { code: 'truncatedJson' } });
    expect(lib.stored.size).toBe(0);
    expect(lib.opened).toEqual([]);
  });

  it('refuses a file by its size before reading it', async () => {
    const lib = fakeLibrary();
    const read = vi.fn(async () => new Uint8Array());
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile({ name: 'huge.json', size: 600 * 1024 * 1024, read });
    expect(store.getState()).toMatchObject({ step: 'failed', problem: { code: 'tooLarge' } });
    expect(read).not.toHaveBeenCalled();
  });

  it('a file that cannot be read is reported as unreadable', async () => {
    const store = createImportStore(() => fakeLibrary().deps);
    await store.getState().importFile({ name: 'gone.json', size: 10, read: () => Promise.reject(new Error('NotFoundError')) });
    expect(store.getState()).toMatchObject({ step: 'failed', problem: { code: 'unreadable' } });
  });

  it('asks copy or replace when the journey exists; copy gets a new id and title', async () => {
    const lib = fakeLibrary({ onlineShopLounge: 'Mein Shop' });
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('shop.journey.json', fixtureText()));
    expect(store.getState()).toMatchObject({ step: 'conflict', existingTitle: 'Mein Shop' });
    expect(lib.stored.size).toBe(0);
    await store.getState().resolveConflict('copy');
    const copy = lib.stored.get('copy-id-1')!;
    expect(copy.title).toBe('Online-Shop Gartenmöbel: Kauf eines Loungesets (Kopie)');
    expect(lib.opened).toEqual(['copy-id-1']);
  });

  it('replace stores the file, says where the replaced version went, then opens it', async () => {
    const lib = fakeLibrary({ onlineShopLounge: 'Mein Shop' });
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('shop.journey.json', fixtureText()));
    await store.getState().resolveConflict('replace');
    expect(lib.stored.get('onlineShopLounge')!.title).toBe('Online-Shop Gartenmöbel: Kauf eines Loungesets');
    expect(store.getState()).toMatchObject({
      step: 'done',
      journeyId: 'onlineShopLounge',
      replacedTitle: 'Online-Shop Gartenmöbel: Kauf eines Loungesets (replaced)',
    });
    expect(lib.opened).toEqual(['onlineShopLounge']);
  });

  it('a failed replace is reported, opens nothing and leaves the open journey alone', async () => {
    const lib = fakeLibrary({ onlineShopLounge: 'Mein Shop' });
    lib.deps.replace = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('shop.journey.json', fixtureText()));
    await store.getState().resolveConflict('replace');
    expect(store.getState()).toMatchObject({ step: 'failed', problem: { code: 'storage' } });
    expect(lib.opened).toEqual([]);
  });

  it('cancel at the question changes nothing', async () => {
    const lib = fakeLibrary({ onlineShopLounge: 'Mein Shop' });
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('shop.journey.json', fixtureText()));
    await store.getState().resolveConflict('cancel');
    expect(store.getState().step).toBe('idle');
    expect(lib.stored.size).toBe(0);
    expect(lib.opened).toEqual([]);
  });

  it('a storage failure is reported and nothing is opened', async () => {
    const lib = fakeLibrary();
    lib.deps.create = () => Promise.reject(new Error('QuotaExceededError'));
    const store = createImportStore(() => lib.deps);
    await store.getState().importFile(source('shop.journey.json', fixtureText()));
    expect(store.getState()).toMatchObject({ step: 'failed', problem: { code: 'storage' } });
    expect(lib.opened).toEqual([]);
  });

  it('lists repairs with the imported journey', async () => {
    const lib = fakeLibrary();
    const store = createImportStore(() => lib.deps);
    const text = fixtureText().replace('"backstory":', '"mood": "gut", "backstory":');
    await store.getState().importFile(source('shop.journey.json', text));
    expect(store.getState()).toMatchObject({ step: 'done', repairs: [{ code: 'unknownKeysDropped', count: 1, paths: ['mood'] }] });
  });
});
