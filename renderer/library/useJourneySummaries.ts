/**
 * The library's list of journeys, read from the database and read again whenever this or
 * another window changes something (a journey edited in the other tab shows its new note
 * count and time here).
 */
import { useCallback, useEffect, useState } from 'react';
import { classifyStorageError, type StorageFailure } from '../db/errors';
import { appDatabase } from '../db/instance';
import { listJourneys, type JourneySummary } from '../db/journeys';
import { windowChannel } from '../sync/windowChannel';

const RELOAD_DEBOUNCE_MS = 250;

export function useJourneySummaries(): {
  summaries: JourneySummary[] | null;
  failure: StorageFailure | null;
  reload(): Promise<void>;
} {
  const [summaries, setSummaries] = useState<JourneySummary[] | null>(null);
  const [failure, setFailure] = useState<StorageFailure | null>(null);

  const reload = useCallback(async () => {
    try {
      const list = await listJourneys(await appDatabase());
      setSummaries(list);
      setFailure(null);
    } catch (error) {
      setFailure(classifyStorageError(error));
      setSummaries((previous) => previous ?? []);
    }
  }, []);

  useEffect(() => {
    void reload();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unlisten = windowChannel().listen((message) => {
      // Sent after a window stored something (a write, a rename, a new or trashed journey).
      if (message.type !== 'library') return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), RELOAD_DEBOUNCE_MS);
    });
    return () => {
      unlisten();
      if (timer) clearTimeout(timer);
    };
  }, [reload]);

  return { summaries, failure, reload };
}
