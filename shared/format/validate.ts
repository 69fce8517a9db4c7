import { JourneySchema, type Journey } from '../model';
import { formatPath, type PathSegment } from './paths';
import { importError, type ImportError } from './result';

/**
 * The last gate: the restored journey must satisfy the model's schema. Restore should already
 * guarantee that; a failure here is a bug in restore, reported with its path rather than
 * letting an invalid journey into the database.
 */
export function validateJourney(journey: Journey): { ok: true; journey: Journey } | { ok: false; error: ImportError } {
  const result = JourneySchema.safeParse(journey);
  if (result.success) return { ok: true, journey: result.data };
  const issue = result.error.issues[0];
  const path = formatPath((issue?.path ?? []).filter((s): s is PathSegment => typeof s !== 'symbol'));
  return { ok: false, error: importError('invalid', { path }) };
}
