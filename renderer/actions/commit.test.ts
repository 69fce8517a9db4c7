import { describe, expect, it } from 'vitest';
import { updatePhase } from '../../shared/model';
import { beginTransientEdit } from './commit';
import { testContext } from './testing';

describe('transient edits', () => {
  it('show every step at once and record one undo step on commit', () => {
    const { store } = testContext();
    const id = store.getState().doc!.phases[0]!.id;
    const edit = beginTransientEdit(store)!;
    for (const width of [500, 550, 600]) {
      edit.update((doc) => updatePhase(doc, id, { width }));
      expect(store.getState().doc!.phases[0]!.width).toBe(width);
    }
    edit.commit();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().doc!.phases[0]!.width).toBe(480);
  });

  it('put the journey back on cancel, without an undo step', () => {
    const { store } = testContext();
    const id = store.getState().doc!.phases[0]!.id;
    const edit = beginTransientEdit(store)!;
    edit.update((doc) => updatePhase(doc, id, { width: 900 }));
    edit.cancel();
    expect(store.getState().doc!.phases[0]!.width).toBe(480);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
