/**
 * The facilitator's own catalogue entries, kept across journeys in the app database
 * (renderer/db/catalogue). Read once when the palette opens and after each change.
 */
import { useCallback, useEffect, useState } from 'react';
import type { KpiEntry } from '../../../shared/catalogue/kpis';
import { METHOD_PHASES, PURCHASE_STAGES, type MethodPhase, type PurchaseStage } from '../../../shared/catalogue/methodPhases';
import type { TouchpointEntry } from '../../../shared/catalogue/touchpoints';
import { addCatalogueEntry, deleteCatalogueEntry, listCatalogueEntries } from '../../db/catalogue';
import { classifyStorageError, type StorageFailure } from '../../db/errors';
import { appDatabase } from '../../db/instance';
import type { CatalogueEntryRow } from '../../db/schema';

export const OWN_ENTRY_PREFIX = 'own-';

function toTouchpoint(row: CatalogueEntryRow): TouchpointEntry | null {
  if (!(PURCHASE_STAGES as readonly string[]).includes(row.group)) return null;
  return { id: OWN_ENTRY_PREFIX + row.id, stage: row.group as PurchaseStage, name: { en: row.text, de: row.text }, attributes: {} };
}

function toKpi(row: CatalogueEntryRow): KpiEntry | null {
  if (!(METHOD_PHASES as readonly string[]).includes(row.group)) return null;
  return { id: OWN_ENTRY_PREFIX + row.id, phase: row.group as MethodPhase, name: { en: row.text, de: row.text }, higherIsBetter: true };
}

export function useOwnEntries() {
  const [rows, setRows] = useState<CatalogueEntryRow[]>([]);
  const [failure, setFailure] = useState<StorageFailure | null>(null);

  const run = useCallback(async (work: () => Promise<unknown>) => {
    try {
      await work();
      setRows(await listCatalogueEntries(await appDatabase()));
      setFailure(null);
    } catch (error) {
      setFailure(classifyStorageError(error));
    }
  }, []);

  useEffect(() => {
    void run(async () => undefined);
  }, [run]);

  return {
    failure,
    touchpoints: rows.filter((r) => r.catalogue === 'touchpoints').flatMap((r) => toTouchpoint(r) ?? []),
    kpis: rows.filter((r) => r.catalogue === 'kpis').flatMap((r) => toKpi(r) ?? []),
    add: (entry: { catalogue: 'touchpoints' | 'kpis'; group: string; text: string; language: 'en' | 'de' }) =>
      run(async () => addCatalogueEntry(await appDatabase(), entry)),
    remove: (id: string) => run(async () => deleteCatalogueEntry(await appDatabase(), id.slice(OWN_ENTRY_PREFIX.length))),
  };
}
