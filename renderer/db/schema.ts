/**
 * The one module that declares the IndexedDB database: every schema version, in order, with its
 * upgrade. Versions are append-only: a version with an upgrade() is never edited or deleted,
 * because some installed app may still hold a database of the version before it (STYLE.md,
 * Dexie docs). Each upgrade calls a pure function from ./upgrades and has a test that starts
 * from a fixture database of the version before (schema.test.ts).
 *
 * Indexes: only what is queried. Notes and connectors use the compound primary key
 * [journeyId+id], which both keeps the ids of two journeys apart (a duplicated or re-imported
 * journey may reuse note ids) and lets "all notes of journey X" be a key range, so no
 * secondary index is needed. Journeys, personas and catalogue entries are few and are listed
 * whole, so they are keyed by id only.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Connector, Id, Journey, Note, Persona } from '../../shared/model';
import { moveThumbnailOutOfJourney, type JourneyRowV1 } from './upgrades';

/**
 * The app's own schema version, stored in the meta table. A database whose stored version is
 * higher was written by a newer app: this app then reads it but refuses to write (open.ts).
 */
export const APP_SCHEMA_VERSION = 2;
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** A journey without its notes and connectors, which have their own rows. */
export type JourneyRow = Omit<Journey, 'notes' | 'connectors'> & {
  /** Copied from persona.name so the library can show and search it without the persona. */
  personaName: string;
  /** ISO time the journey went into the trash, or null while it is in the library. */
  deletedAt: string | null;
  /**
   * The journey's change stamp: raised each time it is replaced as a whole (an import chose
   * Replace). A window holding an older revision must not write into it: it adopts the new one.
   * Not indexed, so it needs no schema version; missing means 0.
   */
  revision?: number;
  /** After a Replace: the id under which the replaced version went into the trash. */
  replacedCopyId?: Id;
};
export type NoteRow = Note & { journeyId: Id };
export type ConnectorRow = Connector & { journeyId: Id };
export interface MetaRow {
  key: string;
  value: unknown;
}
export interface ThumbnailRow {
  journeyId: Id;
  /** A small PNG of the board as a data: URL. */
  dataUrl: string;
  updatedAt: string;
}
/** A persona saved to the persona library, for reuse in other journeys. */
export interface PersonaRow {
  id: Id;
  persona: Persona;
  createdAt: string;
  updatedAt: string;
}
/** A touchpoint or KPI the user added to the catalogue. */
export interface CatalogueEntryRow {
  id: Id;
  catalogue: 'touchpoints' | 'kpis';
  /** The stage or phase group the entry is listed under (e.g. "afterPurchase", "retention"). */
  group: string;
  text: string;
  language: 'en' | 'de';
  createdAt: string;
}

export class JourneyboardDexie extends Dexie {
  journeys!: EntityTable<JourneyRow, 'id'>;
  notes!: Dexie.Table<NoteRow, [Id, Id]>;
  connectors!: Dexie.Table<ConnectorRow, [Id, Id]>;
  meta!: EntityTable<MetaRow, 'key'>;
  thumbnails!: EntityTable<ThumbnailRow, 'journeyId'>;
  personas!: EntityTable<PersonaRow, 'id'>;
  catalogue!: EntityTable<CatalogueEntryRow, 'id'>;

  /**
   * `upTo` declares only the versions up to that one (tests building older fixtures).
   * `asFound` declares nothing and opens the database in whatever version it is: the only safe
   * way to read a database written by a newer app, since declaring an older schema would make
   * Dexie "repair" the newer one.
   */
  constructor(name: string, options: { upTo?: number; asFound?: boolean } = {}) {
    super(name);
    if (options.asFound) this.on('ready', () => this.bindFoundTables());
    else declareSchema(this, options.upTo ?? APP_SCHEMA_VERSION);
  }

  private bindFoundTables(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const table of this.tables) self[table.name] ??= table;
  }
}

/**
 * Declares versions 1..upTo. Tests pass a lower `upTo` to build a fixture database of an older
 * version with exactly the schema that version shipped.
 */
export function declareSchema(db: Dexie, upTo: number): void {
  // Version 1: journeys carried their thumbnail inline.
  db.version(1).stores({
    journeys: 'id',
    notes: '[journeyId+id]',
    connectors: '[journeyId+id]',
    meta: 'key',
  });
  if (upTo >= 2) {
    // Version 2: the thumbnail moves to its own table, so that autosaving a title change no
    // longer rewrites the picture; the persona library and the user's catalogue entries arrive.
    db.version(2)
      .stores({ thumbnails: 'journeyId', personas: 'id', catalogue: 'id' })
      .upgrade(async (tx) => {
        const thumbnails: ThumbnailRow[] = [];
        await tx
          .table('journeys')
          .toCollection()
          .modify((row: JourneyRowV1 & Record<string, unknown>, ref) => {
            const { journey, thumbnail } = moveThumbnailOutOfJourney(row);
            if (thumbnail) thumbnails.push(thumbnail);
            ref.value = journey;
          });
        await tx.table('thumbnails').bulkPut(thumbnails);
        await tx.table('meta').put({ key: SCHEMA_VERSION_KEY, value: 2 });
      });
  }
  db.on('populate', (tx) => {
    void tx.table('meta').put({ key: SCHEMA_VERSION_KEY, value: upTo });
  });
}
