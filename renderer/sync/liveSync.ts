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
 *
 * Notes are merged field by field with a logical clock (fieldClock.ts): both windows end with
 * the same note whatever order the edits cross in, so what both autosaves write is the same.
 * When this window's typed text loses to a concurrent edit, `onTextOverwritten` tells the user.
 */
import { toDoc, type Id, type JourneyDoc, type Note } from '../../shared/model';
import { applyChanges, diffDocs, isEmptyChanges, onlyTimestampChanged, type JourneyChanges } from '../db/changes';
import type { BoardStore } from '../store/store';
import type { SyncChannel } from './channel';
import { changedFields, FieldClock, type FieldStamps, type Stamp } from './fieldClock';
import { changesFromMessage, changesMessage, snapshotMessage, type ChangesMessage } from './messages';

export interface LiveSync {
  stop(): void;
}

/**
 * Applies another window's changes: no undo step, history rebased, selection pruned.
 * `notePatches` (from the field merge) holds, per note, only the fields that won here: past
 * and future states take just those, so undoing a local edit of another field still works.
 */
export function applyRemoteChanges(store: BoardStore, changes: JourneyChanges, notePatches?: Map<Id, Record<string, unknown> | null>): void {
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
        next = applyChanges(past, notePatches ? patchedForPast(past, changes, notePatches) : changes);
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

/** The changes with each patched note's winning fields laid over the past state's note. */
function patchedForPast(past: JourneyDoc, changes: JourneyChanges, notePatches: Map<Id, Record<string, unknown> | null>): JourneyChanges {
  const notes = new Map<Id, Note | null>();
  for (const [id, note] of changes.notes) {
    const patch = notePatches.get(id);
    const before = past.notes[id];
    if (note && patch && before) {
      const next = { ...before } as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) delete next[k];
        else next[k] = v;
      }
      notes.set(id, next as unknown as Note);
    } else notes.set(id, note);
  }
  return { ...changes, notes };
}

export interface TextOverwritten {
  noteId: Id;
  /** The text this window had typed, which lost to the other window's later edit. */
  lostText: string;
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
  /** This window's typed text lost to a concurrent edit of the same note's text elsewhere. */
  onTextOverwritten?(lost: TextOverwritten): void;
}

export function startLiveSync(options: LiveSyncOptions): LiveSync {
  const { store, journeyId, channel } = options;
  const revision = options.revision ?? 0;
  const sameRevision = (r: number | undefined) => (r ?? 0) === revision;
  let seen = store.getState().doc;
  let applyingRemote = false;
  const clock = new FieldClock(channel.windowId);

  const applyRemote = (changes: JourneyChanges, notePatches?: Map<Id, Record<string, unknown> | null>) => {
    applyingRemote = true;
    try {
      applyRemoteChanges(store, changes, notePatches);
    } finally {
      applyingRemote = false;
    }
  };

  /** Stamps this window's note edits and deletes before they are sent. */
  const stampLocal = (previous: JourneyDoc, changes: JourneyChanges): Pick<ChangesMessage, 'noteStamps' | 'deleteStamps'> => {
    const noteStamps: NonNullable<ChangesMessage['noteStamps']> = [];
    const deleteStamps: NonNullable<ChangesMessage['deleteStamps']> = [];
    for (const [id, note] of changes.notes) {
      if (note) {
        const stamps = clock.localEdit(id, changedFields(previous.notes[id], note));
        noteStamps.push([id, Object.entries(stamps).map(([field, s]) => [field, [...s.stamp], [...s.base]] as [string, [number, string], [number, string]])]);
      } else deleteStamps.push([id, [...clock.localDelete(id)] as [number, string]]);
    }
    return { noteStamps, deleteStamps };
  };

  /** Merges another window's stamped note changes field by field; returns what to apply. */
  const mergeRemote = (message: ChangesMessage) => {
    const changes = changesFromMessage(message);
    const doc = store.getState().doc;
    if (!doc || !message.noteStamps) return { changes, patches: undefined };
    const stampsById = new Map(message.noteStamps.map(([id, fields]) => [id, fields]));
    const deletesById = new Map((message.deleteStamps ?? []).map(([id, stamp]) => [id, stamp as Stamp]));
    const notes = new Map<Id, Note | null>();
    const patches = new Map<Id, Record<string, unknown> | null>();
    for (const [id, remote] of changes.notes) {
      const local = doc.notes[id];
      let outcome;
      if (remote) {
        const fields: FieldStamps = {};
        for (const [field, stamp, base] of stampsById.get(id) ?? []) fields[field] = { stamp, base };
        outcome = clock.remoteEdit(id, local, remote, fields);
      } else outcome = clock.remoteDelete(id, deletesById.get(id) ?? [0, ''], local !== undefined);
      if (outcome.kind === 'set') {
        notes.set(id, outcome.note);
        patches.set(id, outcome.patch);
        if (outcome.lostText !== null) options.onTextOverwritten?.({ noteId: id, lostText: outcome.lostText });
      } else if (outcome.kind === 'delete') {
        notes.set(id, null);
        patches.set(id, null);
      }
    }
    return { changes: { ...changes, notes }, patches };
  };

  const unsubscribe = store.subscribe((state) => {
    const doc = state.doc;
    if (doc === seen) return;
    const previous = seen;
    seen = doc;
    if (applyingRemote || !doc || !previous || doc.id !== journeyId || previous.id !== journeyId) return;
    const changes = diffDocs(previous, doc);
    if (onlyTimestampChanged(changes)) return;
    channel.post({ ...changesMessage(channel.windowId, changes, revision), ...stampLocal(previous, changes) });
  });

  const unlisten = channel.subscribe((message) => {
    switch (message.type) {
      case 'changes':
        if (message.journeyId === journeyId && sameRevision(message.revision)) {
          const { changes, patches } = mergeRemote(message);
          applyRemote(changes, patches);
        }
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
