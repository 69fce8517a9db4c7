import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney, fromDoc } from '../../shared/model';
import { createBoardStore } from '../store/store';
import { startBackups } from './backups';

describe('rolling backups', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands main the journey every interval while it changes, and only then', async () => {
    const store = createBoardStore();
    store.getState().loadJourney(createJourney({ template: 'funnel', language: 'de', title: 'Workshop' }));
    const written: { title: string; content: string }[] = [];
    const backups = startBackups({
      source: store,
      journeyId: store.getState().doc!.id,
      writer: { write: async (b) => void written.push(b) },
      serialise: (doc) => JSON.stringify(fromDoc(doc)),
      intervalMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(written).toEqual([]); // nothing changed since opening
    store.getState().changeDoc((d) => ({ ...d, title: 'Workshop, day 1' }));
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(written.map((w) => w.title)).toEqual(['Workshop, day 1']);
    expect(JSON.parse(written[0]!.content).title).toBe('Workshop, day 1');
    store.getState().changeDoc((d) => ({ ...d, title: 'Workshop, day 2' }));
    await backups.writeNow();
    expect(written.map((w) => w.title)).toEqual(['Workshop, day 1', 'Workshop, day 2']);
    backups.stop();
  });

  it('tries again after a failed write', async () => {
    const store = createBoardStore();
    store.getState().loadJourney(createJourney({ template: 'blank', language: 'en' }));
    let fail = true;
    const written: string[] = [];
    const errors: unknown[] = [];
    const backups = startBackups({
      source: store,
      journeyId: store.getState().doc!.id,
      writer: {
        write: async (b) => {
          if (fail) throw new Error('disk full');
          written.push(b.title);
        },
      },
      serialise: () => '{}',
      intervalMs: 1_000,
      onError: (e) => errors.push(e),
    });
    store.getState().changeDoc((d) => ({ ...d, title: 'A' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(1);
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(written).toEqual(['A']);
    backups.stop();
  });
});
