/**
 * Opening the database and checking whose it is. An older build opening a database written by
 * a newer one (the user went back a version) must not write: its upgrade code does not know
 * the newer rows, and Dexie would even "repair" a schema it does not recognise. So it opens
 * the database as found, reads what it can, and every write is refused with a reason the app
 * shows in a banner.
 */
import { NewerDatabaseError } from './errors';
import { keepHealing, type ConnectionHealing } from './healing';
import { APP_SCHEMA_VERSION, JourneyboardDexie, SCHEMA_VERSION_KEY } from './schema';

export const DATABASE_NAME = 'journeyboard';

export interface AppDatabase {
  readonly dexie: JourneyboardDexie;
  /**
   * The stored schema version when it is newer than this app's, else null (writable). Checked
   * again after every reopen: another window may have upgraded the database meanwhile.
   */
  readonly newerVersion: number | null;
  /** Reopens the connection after the browser closed it (healing.ts). */
  readonly connection: ConnectionHealing;
  /** Throws NewerDatabaseError when this app must not write. Call before every write. */
  assertWritable(): void;
  close(): void;
}

/** Dexie multiplies declared versions by 10 for IndexedDB (Dexie docs, "Version.stores()"). */
const DEXIE_VERSION_FACTOR = 10;

async function installedNativeVersion(name: string): Promise<number | null> {
  // indexedDB.databases() lists without opening, so it cannot create or upgrade anything.
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  return found?.version ?? null;
}

function storedSchemaVersion(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function wrap(dexie: JourneyboardDexie, found: number | null): AppDatabase {
  let newerVersion = found;
  const connection = keepHealing(dexie, {
    onReopen() {
      // A version change from another window: a newer app may have upgraded the database.
      const native = dexie.backendDB()?.version ?? 0;
      if (native > APP_SCHEMA_VERSION * DEXIE_VERSION_FACTOR) newerVersion = Math.ceil(native / DEXIE_VERSION_FACTOR);
    },
  });
  return {
    dexie,
    get newerVersion() {
      return newerVersion;
    },
    connection,
    assertWritable() {
      if (newerVersion !== null) throw new NewerDatabaseError(newerVersion);
    },
    close() {
      connection.stop();
      dexie.close();
    },
  };
}

export async function openAppDatabase(name: string = DATABASE_NAME): Promise<AppDatabase> {
  const native = await installedNativeVersion(name);
  if (native !== null && native > APP_SCHEMA_VERSION * DEXIE_VERSION_FACTOR) {
    const dexie = new JourneyboardDexie(name, { asFound: true });
    await dexie.open();
    const stored = dexie.meta ? storedSchemaVersion((await dexie.meta.get(SCHEMA_VERSION_KEY))?.value) : null;
    return wrap(dexie, Math.max(stored ?? 0, Math.ceil(native / DEXIE_VERSION_FACTOR)));
  }
  const dexie = new JourneyboardDexie(name);
  await dexie.open();
  const stored = storedSchemaVersion((await dexie.meta.get(SCHEMA_VERSION_KEY))?.value);
  if (stored !== null && stored > APP_SCHEMA_VERSION) return wrap(dexie, stored);
  if (stored !== APP_SCHEMA_VERSION) {
    // Missing only if a build wrote rows without the meta table being populated; record ours.
    await dexie.meta.put({ key: SCHEMA_VERSION_KEY, value: APP_SCHEMA_VERSION });
  }
  return wrap(dexie, null);
}
