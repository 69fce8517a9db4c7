import { nanoid } from 'nanoid';

/** URL-safe ids: short enough to read in a journey file, unique enough to merge journeys. */
export function newId(): string {
  return nanoid(12);
}
