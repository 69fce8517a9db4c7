/**
 * How the board changes the journey: one `commitDoc` per user action (one undo step), with
 * columns and lanes grown to fit their notes afterwards; and transient edits for gestures
 * that show every frame in the store (resizing a column) but must still be one undo step.
 */
import { alignEmotionNotes } from '../../shared/analysis/emotionCurve';
import { growCellsToFit, type JourneyDoc } from '../../shared/model';
import type { BoardStore } from '../store/store';

export function commitDoc(store: BoardStore, recipe: (doc: JourneyDoc) => JourneyDoc): void {
  store.getState().changeDoc((doc) => {
    const next = recipe(doc);
    // An emotion note's height in its lane is its score (DOMAIN.md's emotion curve): whatever
    // the action did, emotion notes end on their score's level, in the same undo step. Aligned
    // before growing, so a note dropped low in the lane lands on -2 instead of stretching it.
    return next === doc ? doc : growCellsToFit(alignEmotionNotes(doc, next));
  });
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
