/**
 * Start-up checks of the storage: open the database (and learn whether it is ours to write),
 * ask the browser to keep the data (navigator.storage.persist(); granted in Electron and for
 * installed or often-used sites, but never relied on: RELIABILITY.md), and keep an eye on free
 * space so the warning comes before the quota error.
 */
import { appDatabase } from '../db/instance';
import { storageHealthStore, type StorageEstimateInfo } from './storageHealth';

export const ESTIMATE_INTERVAL_MS = 5 * 60_000;

export async function readStorageEstimate(nav: Navigator = navigator): Promise<StorageEstimateInfo | null> {
  try {
    const estimate = await nav.storage?.estimate?.();
    if (!estimate || typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}

export async function refreshStorageEstimate(): Promise<void> {
  storageHealthStore.setState({ estimate: await readStorageEstimate() });
}

async function requestPersistence(nav: Navigator): Promise<boolean | null> {
  try {
    if (!nav.storage?.persist) return null;
    return (await nav.storage.persisted?.()) || (await nav.storage.persist());
  } catch {
    return null;
  }
}

let started = false;

export function startStorageMonitor(nav: Navigator = navigator): void {
  if (started) return;
  started = true;
  appDatabase().then(
    (db) => {
      storageHealthStore.setState({ newerVersion: db.newerVersion, unavailable: false });
      // After a reopen (a fault healed, or another window changed the database's version).
      db.connection.subscribe(() => {
        storageHealthStore.setState({ newerVersion: db.newerVersion, unavailable: false });
        void refreshStorageEstimate();
      });
    },
    () => storageHealthStore.setState({ unavailable: true }),
  );
  void requestPersistence(nav).then((persisted) => storageHealthStore.setState({ persisted }));
  void refreshStorageEstimate();
  setInterval(() => void refreshStorageEstimate(), ESTIMATE_INTERVAL_MS);
}
