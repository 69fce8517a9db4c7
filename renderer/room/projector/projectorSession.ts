/**
 * The journey on the projector: loaded from the database like any window loads it, then kept
 * up to date by live sync with the facilitator's window. The projector never edits, so it runs
 * no autosave; a snapshot from the facilitator's window fills in edits not yet stored.
 */
import type { Id } from '../../../shared/model';
import { appDatabase } from '../../db/instance';
import { loadJourney } from '../../db/journeys';
import { boardStore } from '../../store/store';
import { startLiveSync, type LiveSync } from '../../sync/liveSync';
import { windowChannel } from '../../sync/windowChannel';

export type ShowOutcome = 'shown' | 'missing' | 'failed';

let current: { journeyId: Id; sync: LiveSync } | null = null;
/** The journey last asked for: a slower earlier load must not replace it. */
let wanted: Id | null = null;

export function shownJourneyId(): Id | null {
  return current?.journeyId ?? null;
}

export async function showJourney(id: Id | null): Promise<ShowOutcome> {
  wanted = id;
  if (id === (current?.journeyId ?? null)) return 'shown';
  current?.sync.stop();
  current = null;
  if (id === null) {
    boardStore.getState().loadJourney(null);
    return 'shown';
  }
  try {
    const read = await loadJourney(await appDatabase(), id);
    if (!read) return 'missing';
    if (wanted !== id || shownJourneyId() === id) return 'shown';
    boardStore.getState().loadJourney(read.journey);
    boardStore.temporal.getState().clear();
    current = { journeyId: id, sync: startLiveSync({ store: boardStore, journeyId: id, channel: windowChannel() }) };
    return 'shown';
  } catch {
    return 'failed';
  }
}
