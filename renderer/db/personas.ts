/**
 * The persona library: personas saved from one journey to start another. Rows are validated on
 * read like journeys; an unreadable one is left out of the list, not deleted.
 */
import { z } from 'zod';
import { IdSchema, newId, PersonaSchema, type Id, type Persona } from '../../shared/model';
import { InvalidJourneyDataError } from './journeys';
import type { AppDatabase } from './open';
import type { PersonaRow } from './schema';

const PersonaRowSchema = z.object({
  id: IdSchema,
  persona: PersonaSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export async function listLibraryPersonas(db: AppDatabase): Promise<PersonaRow[]> {
  const rows = await db.dexie.personas.toArray();
  return rows
    .flatMap((row) => {
      const parsed = PersonaRowSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.persona.name.localeCompare(b.persona.name));
}

/** Saves a persona to the library: a new entry, or an update when `id` is given. */
export async function saveLibraryPersona(
  db: AppDatabase,
  persona: Persona,
  options: { id?: Id; now?: Date } = {},
): Promise<Id> {
  db.assertWritable();
  const parsed = PersonaSchema.safeParse(persona);
  if (!parsed.success) throw new InvalidJourneyDataError('persona');
  const now = (options.now ?? new Date()).toISOString();
  const id = options.id ?? newId();
  const d = db.dexie;
  await d.transaction('rw', d.personas, async () => {
    const existing = await d.personas.get(id);
    await d.personas.put({ id, persona: parsed.data, createdAt: existing?.createdAt ?? now, updatedAt: now });
  });
  return id;
}

export async function deleteLibraryPersona(db: AppDatabase, id: Id): Promise<void> {
  db.assertWritable();
  await db.dexie.personas.delete(id);
}
