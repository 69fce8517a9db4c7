/**
 * How the board changes the journey: one `commitDoc` per user action (one undo step); and
 * transient edits for gestures that show every frame in the store (resizing a column) but must
 * still be one undo step. commitDoc is the store's changeDoc, which applies the journey's rules
 * (emotion notes aligned, cells grown to fit: ../store/journeyRules.ts) to every change, so the
 * room's commands and the method's panels get them too.
 */
import type { JourneyDoc } from '../../shared/model';
import type { BoardStore } from '../store/store';

export function commitDoc(store: BoardStore, recipe: (doc: JourneyDoc) => JourneyDoc): void {
  store.getState().changeDoc(recipe);
}

export interface TransientEdit {
  /** Shows a change at once, without an undo step. */
  update(recipe: (original: JourneyDoc) => JourneyDoc): void;
  /** Records the last shown change as one undo step. */
  commit(): void;
  /** Puts the journey back as it was before the gesture. */
  cancel(): void;
}

export function beginTransientEdit(store: BoardStore): TransientEdit | null {
  const original = store.getState().doc;
  if (!original) return null;
  const history = store.temporal.getState();
  history.pause();
  let current = original;
  let done = false;
  const finish = () => {
    if (done) return false;
    done = true;
    store.setState({ doc: original });
    history.resume();
    return true;
  };
  return {
    update(recipe) {
      if (done) return;
      current = recipe(original);
      store.setState({ doc: current });
    },
    commit() {
      const last = current;
      if (finish() && last !== original) commitDoc(store, () => last);
    },
    cancel() {
      finish();
    },
  };
}
