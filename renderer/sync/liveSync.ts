/**
 * Live sync: two windows (the facilitator's and the projector, or two tabs) showing the same
 * journey see each other's edits at once. Each local change is sent as per-record changes (the
 * same diff autosave writes); a received change is applied to this window's store
 *
 * - without becoming an undo step here (undo undoes only what this window did): the change is
 *   applied with history tracking paused, and also folded into every past and future state,
 *   so that undoing a local edit later does not take the other window's edit back out;
 * - without echo: what was applied from outside is not sent again.
 *
 * Both windows' autosaves write the records they hold (autosave.ts), so an edit is stored even
 * if the window it came from dies before its own write.
 */
import { toDoc, type Id, type JourneyDoc } from '../../shared/model';
import { applyChanges, diffDocs, isEmptyChanges, onlyTimestampChanged, type JourneyChanges } from '../db/changes';
import type { BoardStore } from '../store/store';
import type { SyncChannel } from './channel';
import { changesFromMessage, changesMessage, snapshotMessage } from './messages';

export interface LiveSync {
  stop(): void;
}

/** Applies another window's changes: no undo step, history rebased, selection pruned. */
export function applyRemoteChanges(store: BoardStore, changes: JourneyChanges): void {
  const doc = store.getState().doc;
  if (!doc || doc.id !== changes.journeyId || isEmptyChanges(changes)) return;
  const temporal = store.temporal.getState();
  const wasTracking = temporal.isTracking;
  temporal.pause();
  try {
    store.setState({ doc: applyChanges(doc, changes) });
    const rebased = new Map<JourneyDoc, JourneyDoc>();
    const rebase = <S extends { doc?: JourneyDoc | null }>(state: S): S => {
      const past = state.doc;
      if (!past || past.id !== changes.journeyId) return state;
      let next = rebased.get(past);
      if (!next) {
        next = applyChanges(past, changes);
        rebased.set(past, next);
      }
      return { ...state, doc: next };
    };
    const history = store.temporal.getState();
    store.temporal.setState({ pastStates: history.pastStates.map(rebase), futureStates: history.futureStates.map(rebase) });
  } finally {
    if (wasTracking) store.temporal.getState().resume();
  }
  const state = store.getState();
  const next = state.doc!;
  const notes = [...state.selectedNoteIds].filter((id) => next.notes[id]);
  const connectors = [...state.selectedConnectorIds].filter((id) => next.connectors[id]);
  if (notes.length !== state.selectedNoteIds.size || connectors.length !== state.selectedConnectorIds.size) {
    state.select(notes, connectors);
  }
}

export interface LiveSyncOptions {
  store: BoardStore;
  journeyId: Id;
  channel: SyncChannel;
  /**
   * The journey's change stamp this window loaded. Changes and snapshots of another revision
   * are ignored: they belong to a version that was replaced (or that replaced this one).
   */
  revision?: number;
  /** Another window replaced the journey with a newer revision: load that one. */
  onReplaced?(message: { revision: number; copyId: Id }): void;
}

export function startLiveSync(options: LiveSyncOptions): LiveSync {
  const { store, journeyId, channel } = options;
  const revision = options.revision ?? 0;
  const sameRevision = (r: number | undefined) => (r ?? 0) === revision;
  let seen = store.getState().doc;
  let applyingRemote = false;

  const applyRemote = (changes: JourneyChanges) => {
    applyingRemote = true;
    try {
      applyRemoteChanges(store, changes);
    } finally {
      applyingRemote = false;
    }
  };

  const unsubscribe = store.subscribe((state) => {
    const doc = state.doc;
    if (doc === seen) return;
    const previous = seen;
    seen = doc;
    if (applyingRemote || !doc || !previous || doc.id !== journeyId || previous.id !== journeyId) return;
    const changes = diffDocs(previous, doc);
    if (!onlyTimestampChanged(changes)) channel.post(changesMessage(channel.windowId, changes, revision));
  });

  const unlisten = channel.subscribe((message) => {
    switch (message.type) {
      case 'changes':
        if (message.journeyId === journeyId && sameRevision(message.revision)) applyRemote(changesFromMessage(message));
        break;
      case 'hello': {
        const journey = store.getState().currentJourney();
        if (message.journeyId === journeyId && journey?.id === journeyId && sameRevision(message.revision)) {
          channel.post(snapshotMessage(channel.windowId, message.from, journey, revision));
        }
        break;
      }
      case 'replaced':
        if (message.journeyId === journeyId && message.revision > revision) options.onReplaced?.(message);
        break;
      case 'snapshot': {
        // Catches up on edits another window made but had not stored when this one loaded.
        // Only before this window's first own edit, which a snapshot must never overwrite.
        const doc = store.getState().doc;
        const untouched = store.temporal.getState().pastStates.length === 0;
        if (message.to === channel.windowId && message.journey.id === journeyId && doc && untouched && sameRevision(message.revision)) {
          applyRemote(diffDocs(doc, toDoc(message.journey)));
        }
        break;
      }
      case 'library':
        break;
    }
  });

  channel.post({ type: 'hello', from: channel.windowId, journeyId, revision });

  return {
    stop() {
      unsubscribe();
      unlisten();
    },
  };
}
