/**
 * Pure row upgrades, one per schema version step. They take the row as the version before
 * stored it and return the row as the new version stores it; schema.ts wires them into Dexie's
 * upgrade transactions. Being pure, each one is tested on plain data as well as on a fixture
 * database (schema.test.ts).
 */
import type { Id } from '../../shared/model';

/** A journey row as schema version 1 stored it: with its thumbnail inline. */
export interface JourneyRowV1 {
  id: Id;
  thumbnail?: string | null;
}

/** 1 -> 2: the inline thumbnail moves to the thumbnails table; everything else is kept. */
export function moveThumbnailOutOfJourney<T extends JourneyRowV1 & Record<string, unknown>>(
  row: T,
): {
  journey: Omit<T, 'thumbnail'>;
  thumbnail: { journeyId: Id; dataUrl: string; updatedAt: string } | null;
} {
  const { thumbnail, ...journey } = row;
  const usable = typeof thumbnail === 'string' && thumbnail.startsWith('data:image/png;base64,');
  const updatedAt = typeof row['updatedAt'] === 'string' ? row['updatedAt'] : new Date(0).toISOString();
  return {
    journey,
    thumbnail: usable ? { journeyId: row.id, dataUrl: thumbnail, updatedAt } : null,
  };
}
