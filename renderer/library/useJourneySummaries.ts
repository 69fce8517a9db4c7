/**
 * The library's list of journeys: a stored list (renderer/ui/useStoredList), so it follows
 * every change in this and the other windows (a journey edited in the other tab shows its new
 * note count and time here) and binds again after the database healed from a fault.
 */
import type { StorageFailure } from '../db/errors';
import { listJourneys, type JourneySummary } from '../db/journeys';
import { useStoredList } from '../ui/useStoredList';

const NONE: JourneySummary[] = [];

export function useJourneySummaries(): {
  summaries: JourneySummary[] | null;
  failure: StorageFailure | null;
  reload(): Promise<void>;
} {
  // A failed first read shows the empty library with the failure, not an endless "loading".
  const { value, failure, reload } = useStoredList(listJourneys, { whenFailed: NONE });
  return { summaries: value, failure, reload };
}
