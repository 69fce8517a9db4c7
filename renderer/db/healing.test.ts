import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { keepHealing } from './healing';

/**
 * An IndexedDB whose open() fails while `fault.on` is set, as Chromium's does while the disk
 * is full, and a way to close every connection the way the browser does (onclose).
 */
function faultyIndexedDB() {
  const real = new IDBFactory();
  const fault = { on: false };
  const connections: IDBDatabase[] = [];
  const factory = Object.create(real) as IDBFactory;
  factory.open = (name: string, version?: number) => {
    if (fault.on) {
      const request = { onerror: null as ((e: Event) => void) | null, error: new DOMException('Internal error opening backing store', 'UnknownError') };
      setTimeout(() => request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} } as unknown as Event), 0);
      return request as unknown as IDBOpenDBRequest;
    }
    const request = real.open(name, version);
    request.addEventListener('success', () => connections.push(request.result));
    return request;
  };
  const browserCloses = () => {
    for (const c of connections.splice(0)) {
      c.close();
      c.onclose?.(new Event('close'));
    }
  };
  return { factory, fault, browserCloses };
}

function database(indexedDB: IDBFactory) {
  const db = new Dexie(`healing-${Math.random()}`, { indexedDB, IDBKeyRange });
  db.version(1).stores({ notes: 'id' });
  return db;
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('a database connection that heals', () => {
  it('writes again once the fault is over, after a reopen that failed while it lasted', async () => {
    const { factory, fault, browserCloses } = faultyIndexedDB();
    const db = database(factory);
    await db.open();
    const healing = keepHealing(db);
    const reopened = vi.fn();
    healing.subscribe(reopened);
    await db.table('notes').put({ id: 'a', text: 'before' });

    fault.on = true;
    browserCloses();
    await until(() => healing.stats().closes === 1);
    // While the fault lasts every write fails, and so does each reopen.
    await expect(db.table('notes').put({ id: 'b', text: 'while full' })).rejects.toThrow();
    await until(() => healing.stats().failedReopens === 1);
    await expect(db.table('notes').put({ id: 'b', text: 'while full' })).rejects.toThrow();
    await until(() => healing.stats().failedReopens === 2);

    fault.on = false;
    await db.table('notes').put({ id: 'b', text: 'after' });
    expect(await db.table('notes').get('b')).toEqual({ id: 'b', text: 'after' });
    await until(() => reopened.mock.calls.length === 1);
    expect(healing.stats()).toMatchObject({ closes: 1, failedReopens: 2, reopens: 1, generation: 1 });
    healing.stop();
    db.close();
  });

  it('without healing, Dexie remembers the failed reopen and every later write fails', async () => {
    const { factory, fault, browserCloses } = faultyIndexedDB();
    const db = database(factory);
    await db.open();
    fault.on = true;
    browserCloses();
    await expect(db.table('notes').put({ id: 'b' })).rejects.toThrow();
    fault.on = false;
    // The fault is over, yet the remembered failure is all this connection ever answers.
    await expect(db.table('notes').put({ id: 'b' })).rejects.toThrow(/backing store/);
    await expect(db.table('notes').put({ id: 'b' })).rejects.toThrow(/backing store/);
    expect(db.hasFailed()).toBe(true);
    db.close();
  });

  it('heal() opens a closed connection at once ("Try again now")', async () => {
    const { factory, fault, browserCloses } = faultyIndexedDB();
    const db = database(factory);
    await db.open();
    const healing = keepHealing(db);
    fault.on = true;
    browserCloses();
    await expect(healing.heal()).rejects.toThrow();
    fault.on = false;
    await healing.heal();
    expect(db.isOpen()).toBe(true);
    healing.stop();
    db.close();
  });

  it('leaves a database the app closed itself alone', async () => {
    const { factory } = faultyIndexedDB();
    const db = database(factory);
    await db.open();
    const healing = keepHealing(db);
    healing.stop();
    db.close();
    await expect(db.table('notes').put({ id: 'x' })).rejects.toThrow(/closed/i);
    await healing.heal();
    expect(db.isOpen()).toBe(false);
  });
});
