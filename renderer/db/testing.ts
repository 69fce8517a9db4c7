/**
 * Test helpers for the database: fresh database names and fixture databases of older schema
 * versions. Only imported by tests.
 */
import { JourneyboardDexie } from './schema';

let counter = 0;
export function freshDatabaseName(label = 'test'): string {
  counter += 1;
  return `journeyboard-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface DatabaseFixture {
  version: number;
  tables: Record<string, unknown[]>;
}

/** Creates a database exactly as schema version `fixture.version` would have, holding its rows. */
export async function buildFixtureDatabase(name: string, fixture: DatabaseFixture): Promise<void> {
  const db = new JourneyboardDexie(name, { upTo: fixture.version });
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkPut(rows);
  });
  db.close();
}
