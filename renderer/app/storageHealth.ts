/**
 * What the storage banner knows besides the save status: a database from a newer app (read
 * only), storage that is not available at all, and space running out. Fed at start-up and
 * every few minutes by storageMonitor.ts.
 */
import { createStore, useStore } from 'zustand';

export interface StorageEstimateInfo {
  usage: number;
  quota: number;
}

export interface StorageHealth {
  /** The stored schema version when the database was written by a newer app. */
  newerVersion: number | null;
  /** IndexedDB could not be opened (disabled, private mode policy, broken profile). */
  unavailable: boolean;
  estimate: StorageEstimateInfo | null;
  /** navigator.storage.persisted(): the browser promised not to evict the data. */
  persisted: boolean | null;
}

export const LOW_SPACE_SHARE = 0.1;

export function isLowOnSpace(estimate: StorageEstimateInfo | null): boolean {
  return !!estimate && estimate.quota > 0 && (estimate.quota - estimate.usage) / estimate.quota < LOW_SPACE_SHARE;
}

export const storageHealthStore = createStore<StorageHealth>()(() => ({
  newerVersion: null,
  unavailable: false,
  estimate: null,
  persisted: null,
}));

export function useStorageHealth<T>(selector: (state: StorageHealth) => T): T {
  return useStore(storageHealthStore, selector);
}
