/**
 * The user's own catalogue entries (touchpoints and KPIs added to the built-in catalogue).
 * Validated on read; an unreadable row is left out, not deleted.
 */
import { z } from 'zod';
import { IdSchema, newId, type Id } from '../../shared/model';
import { InvalidJourneyDataError } from './journeys';
import type { AppDatabase } from './open';
import type { CatalogueEntryRow } from './schema';

const CatalogueEntryRowSchema = z.object({
  id: IdSchema,
  catalogue: z.enum(['touchpoints', 'kpis']),
  group: z.string().min(1).max(100),
  text: z.string().min(1).max(500),
  language: z.enum(['en', 'de']),
  createdAt: z.iso.datetime(),
});

export type NewCatalogueEntry = Omit<CatalogueEntryRow, 'id' | 'createdAt'>;

export async function listCatalogueEntries(
  db: AppDatabase,
  filter: { catalogue?: CatalogueEntryRow['catalogue']; language?: CatalogueEntryRow['language'] } = {},
): Promise<CatalogueEntryRow[]> {
  const rows = await db.dexie.catalogue.toArray();
  return rows
    .flatMap((row) => {
      const parsed = CatalogueEntryRowSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .filter((e) => (!filter.catalogue || e.catalogue === filter.catalogue) && (!filter.language || e.language === filter.language))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function addCatalogueEntry(db: AppDatabase, entry: NewCatalogueEntry, now = new Date()): Promise<Id> {
  db.assertWritable();
  const row = { ...entry, id: newId(), createdAt: now.toISOString() };
  const parsed = CatalogueEntryRowSchema.safeParse(row);
  if (!parsed.success) throw new InvalidJourneyDataError('catalogue entry');
  await db.dexie.catalogue.add(parsed.data);
  return parsed.data.id;
}

export async function deleteCatalogueEntry(db: AppDatabase, id: Id): Promise<void> {
  db.assertWritable();
  await db.dexie.catalogue.delete(id);
}
