/**
 * The facilitator's own catalogue entries, kept across journeys in the app database
 * (renderer/db/catalogue): a stored list (renderer/ui/useStoredList), so it follows changes
 * from every window and binds again after the database healed from a fault.
 */
import { useCallback, useState } from 'react';
import type { KpiEntry } from '../../../shared/catalogue/kpis';
import { METHOD_PHASES, PURCHASE_STAGES, type MethodPhase, type PurchaseStage } from '../../../shared/catalogue/methodPhases';
import type { TouchpointEntry } from '../../../shared/catalogue/touchpoints';
import { addCatalogueEntry, deleteCatalogueEntry, listCatalogueEntries } from '../../db/catalogue';
import { classifyStorageError, type StorageFailure } from '../../db/errors';
import { appDatabase } from '../../db/instance';
import type { CatalogueEntryRow } from '../../db/schema';
import { useStoredList } from '../../ui/useStoredList';

export const OWN_ENTRY_PREFIX = 'own-';

function toTouchpoint(row: CatalogueEntryRow): TouchpointEntry | null {
  if (!(PURCHASE_STAGES as readonly string[]).includes(row.group)) return null;
  return { id: OWN_ENTRY_PREFIX + row.id, stage: row.group as PurchaseStage, name: { en: row.text, de: row.text }, attributes: {} };
}

function toKpi(row: CatalogueEntryRow): KpiEntry | null {
  if (!(METHOD_PHASES as readonly string[]).includes(row.group)) return null;
  return { id: OWN_ENTRY_PREFIX + row.id, phase: row.group as MethodPhase, name: { en: row.text, de: row.text }, higherIsBetter: true };
}

const readAll = (db: Parameters<typeof listCatalogueEntries>[0]) => listCatalogueEntries(db);

export function useOwnEntries() {
  const list = useStoredList(readAll);
  const rows = list.value ?? [];
  const { reload } = list;
  const [actionFailure, setActionFailure] = useState<StorageFailure | null>(null);

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        setActionFailure(null);
        await reload();
      } catch (error) {
        setActionFailure(classifyStorageError(error));
      }
    },
    [reload],
  );

  return {
    failure: actionFailure ?? list.failure,
    touchpoints: rows.filter((r) => r.catalogue === 'touchpoints').flatMap((r) => toTouchpoint(r) ?? []),
    kpis: rows.filter((r) => r.catalogue === 'kpis').flatMap((r) => toKpi(r) ?? []),
    add: (entry: { catalogue: 'touchpoints' | 'kpis'; group: string; text: string; language: 'en' | 'de' }) =>
      run(async () => addCatalogueEntry(await appDatabase(), entry)),
    remove: (id: string) => run(async () => deleteCatalogueEntry(await appDatabase(), id.slice(OWN_ENTRY_PREFIX.length))),
  };
}
