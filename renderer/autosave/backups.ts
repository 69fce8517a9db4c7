/**
 * Rolling backups on disk (desktop only): IndexedDB alone has lost users' data to full disks,
 * updates and origin changes (RELIABILITY.md, electron#41877, #38616, #37702), so main keeps
 * the last versions of each journey as files. The renderer hands main the journey every few
 * minutes while it changes, when the journey is closed and when the app quits; main skips a
 * content it already holds.
 */
import type { Id, JourneyDoc } from '../../shared/model';
import type { DocSource } from './autosave';

export const BACKUP_INTERVAL_MS = 3 * 60_000;

export interface BackupWriter {
  write(options: { journeyId: string; title: string; content: string }): Promise<void>;
}

export interface Backups {
  /** Writes a backup now if the journey changed since the last one. */
  writeNow(): Promise<void>;
  stop(): void;
}

export function startBackups(options: {
  source: DocSource;
  journeyId: Id;
  writer: BackupWriter;
  serialise(doc: JourneyDoc): string;
  intervalMs?: number;
  onError?(error: unknown): void;
}): Backups {
  let last: JourneyDoc | null = options.source.getState().doc;
  let latest: JourneyDoc | null = last;
  const unsubscribe = options.source.subscribe((state) => {
    if (state.doc && state.doc.id === options.journeyId) latest = state.doc;
  });

  async function writeNow(): Promise<void> {
    const doc = latest;
    if (!doc || doc === last) return;
    try {
      await options.writer.write({ journeyId: doc.id, title: doc.title, content: options.serialise(doc) });
      last = doc;
    } catch (error) {
      // The database still holds everything; the next interval tries again.
      options.onError?.(error);
    }
  }

  const timer = setInterval(() => void writeNow(), options.intervalMs ?? BACKUP_INTERVAL_MS);
  return {
    writeNow,
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
