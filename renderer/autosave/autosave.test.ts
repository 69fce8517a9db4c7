import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNotes, createJourney, createNote, fromDoc, toDoc, updateNote, type Journey, type JourneyDoc } from '../../shared/model';
import type { JourneyChanges } from '../db/changes';
import { createJourney as storeJourney, loadJourney, saveJourneyChanges } from '../db/journeys';
import { openAppDatabase } from '../db/open';
import { freshDatabaseName } from '../db/testing';
import { createBoardStore } from '../store/store';
import { startAutosave, type SaveStatus } from './autosave';

function journey(notes = 3): Journey {
  const doc = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
  const list = Array.from({ length: notes }, (_, i) =>
    createNote({ kind: 'touchpoint', phaseId: doc.phases[0]!.id, laneId: doc.lanes[0]!.id, text: `n${i}` }),
  );
  return fromDoc(addNotes(doc, list));
}

function setup(write: (changes: JourneyChanges, doc: JourneyDoc) => Promise<void>) {
  const store = createBoardStore();
  const j = journey();
  store.getState().loadJourney(j);
  // Edits happen later than the load, so each one also moves the journey's updatedAt.
  vi.setSystemTime(Date.now() + 1_000);
  const statuses: SaveStatus[] = [];
  const autosave = startAutosave({ source: store, journeyId: j.id, write, onStatus: (s) => statuses.push(s) });
  const edit = (i: number, text: string) => store.getState().changeDoc((d) => updateNote(d, j.notes[i]!.id, { text }));
  return { store, j, autosave, statuses, edit };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing until something changes, then only the edited note', async () => {
    const writes: JourneyChanges[] = [];
    const { autosave, edit, j } = setup(async (c) => void writes.push(c));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes).toEqual([]);
    edit(1, 'changed');
    await vi.advanceTimersByTimeAsync(299);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(1);
    expect([...writes[0]!.notes.keys()]).toEqual([j.notes[1]!.id]);
    expect(writes[0]!.notes.get(j.notes[1]!.id)?.text).toBe('changed');
    expect(writes[0]!.connectors.size).toBe(0);
    expect(Object.keys(writes[0]!.meta)).toEqual(['updatedAt']);
    expect(autosave.status().state).toBe('saved');
  });

  it('folds a burst of edits into one write, and never waits more than ~600 ms under continuous typing', async () => {
    const writes: { at: number; changes: JourneyChanges }[] = [];
    const { edit } = setup(async (c) => void writes.push({ at: Date.now(), changes: c }));
    const start = Date.now();
    for (let i = 0; i < 5; i++) {
      edit(0, `typing ${i}`);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.changes.notes.get([...writes[0]!.changes.notes.keys()][0]!)?.text).toBe('typing 4');
    writes.length = 0;
    const typingStart = Date.now();
    for (let i = 0; i < 20; i++) {
      edit(2, `long ${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes.length).toBeGreaterThanOrEqual(3);
    expect(writes[0]!.at - typingStart).toBeLessThanOrEqual(600);
    expect(start).toBeLessThan(typingStart);
  });

  it('after a failed write keeps everything, says why, and the retry stores the newest values', async () => {
    let fail = true;
    const writes: JourneyChanges[] = [];
    const { autosave, edit, statuses, j } = setup(async (c) => {
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      writes.push(c);
    });
    edit(0, 'first');
    await vi.advanceTimersByTimeAsync(300);
    expect(autosave.status()).toMatchObject({ state: 'unsaved', failure: 'quota' });
    expect(autosave.pendingCount()).toBe(2);
    edit(1, 'second');
    edit(0, 'first, revised');
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.notes.get(j.notes[0]!.id)?.text).toBe('first, revised');
    expect(writes[0]!.notes.get(j.notes[1]!.id)?.text).toBe('second');
    expect(autosave.status()).toMatchObject({ state: 'saved', failure: null });
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'unsaved', 'saved']);
  });

  it('backs off between retries and does not retry into a newer database', async () => {
    let attempts = 0;
    const { autosave, edit } = setup(async () => {
      attempts += 1;
      throw new Error('disk on fire');
    });
    edit(0, 'x');
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempts).toBe(3);
    expect(autosave.status().failure).toBe('other');

    const { NewerDatabaseError } = await import('../db/errors');
    let newerAttempts = 0;
    const second = setup(async () => {
      newerAttempts += 1;
      throw new NewerDatabaseError(9);
    });
    second.edit(0, 'y');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(newerAttempts).toBe(1);
    expect(second.autosave.status()).toMatchObject({ state: 'unsaved', failure: 'newerDatabase' });
    expect(second.autosave.pendingCount()).toBe(2);
  });

  it('flush writes at once; stop keeps retrying a failed write after the journey was closed', async () => {
    let fail = false;
    const writes: JourneyChanges[] = [];
    const { autosave, edit, store, j } = setup(async (c) => {
      if (fail) throw new Error('busy');
      writes.push(c);
    });
    edit(0, 'now');
    await autosave.flush();
    expect(writes).toHaveLength(1);
    fail = true;
    edit(1, 'before closing');
    await autosave.stop();
    store.getState().loadJourney(null);
    expect(autosave.status().state).toBe('unsaved');
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes[1]!.notes.get(j.notes[1]!.id)?.text).toBe('before closing');
    expect(autosave.status().state).toBe('saved');
  });

  it('refuses to start before the journey is loaded', () => {
    const store = createBoardStore();
    expect(() => startAutosave({ source: store, journeyId: 'x', write: async () => undefined })).toThrow(/loaded/);
  });
});

describe('autosave against IndexedDB', () => {
  it('stores every edit, survives an injected quota error and loses nothing already stored', async () => {
    const db = await openAppDatabase(freshDatabaseName('autosave'));
    const store = createBoardStore();
    const j = journey(5);
    await storeJourney(db, j);
    store.getState().loadJourney((await loadJourney(db, j.id))!.journey);
    let quotaFull = false;
    const autosave = startAutosave({
      source: store,
      journeyId: j.id,
      debounceMs: 5,
      retryDelaysMs: [10],
      write: async (changes, doc) => {
        if (quotaFull) throw new DOMException('full', 'QuotaExceededError');
        await saveJourneyChanges(db, changes, doc);
      },
    });
    const edit = (i: number, text: string) => store.getState().changeDoc((d) => updateNote(d, j.notes[i]!.id, { text }));
    edit(0, 'stored before the disk filled up');
    await autosave.flush();
    quotaFull = true;
    edit(1, 'typed while full');
    await autosave.flush();
    expect(autosave.status().failure).toBe('quota');
    const during = (await loadJourney(db, j.id))!.journey;
    expect(during.notes.find((n) => n.id === j.notes[0]!.id)?.text).toBe('stored before the disk filled up');
    quotaFull = false;
    await vi.waitFor(() => expect(autosave.status().state).toBe('saved'));
    const after = (await loadJourney(db, j.id))!.journey;
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const inMemory = store.getState().currentJourney()!;
    expect({ ...after, notes: after.notes.sort(byId) }).toEqual({ ...inMemory, notes: inMemory.notes.sort(byId) });
    const texts = Object.fromEntries(after.notes.map((n) => [n.id, n.text]));
    expect(texts[j.notes[0]!.id]).toBe('stored before the disk filled up');
    expect(texts[j.notes[1]!.id]).toBe('typed while full');
    expect(after.updatedAt).toBe(store.getState().doc!.updatedAt);
    await autosave.stop();
  });
});
