/**
 * `undoable` is held across the whole registry: every action runs on a board where it can act
 * (notes, a line, a selected cell; voting and a brainwriting round on), and one that is not
 * undoable must leave the journey as it was, one that is must make at most one undo step.
 * App-level actions open dialogs or reach files and the platform, which a unit test has not:
 * they are all declared not undoable, which is checked, and run by the e2e tests.
 */
import { describe, expect, it, vi } from 'vitest';
import { addConnector, addNotes, createNote } from '../../shared/model';
import { roomStore } from '../room/roomStore';
import { ACTIONS, runAction } from './registry';
import { testContext } from './testing';

vi.mock('../room/facilitatorRuntime', () => ({ facilitatorRuntime: () => ({ openProjector: async () => 'opened', windows: { close: () => undefined } }) }));

function richBoard() {
  const ctx = testContext();
  const { phases, lanes } = ctx.store.getState().doc!;
  const notes = [0, 1, 2].map((i) => createNote({ id: `n${i}`, text: `note ${i}`, phaseId: phases[0]!.id, laneId: lanes[0]!.id, x: 16 + i * 40, y: 16 + i * 30 }));
  ctx.store.getState().changeDoc((doc) => addConnector(addNotes(doc, notes), { from: 'n0', to: 'n1' }).doc);
  ctx.store.temporal.getState().clear();
  ctx.store.getState().select(['n0', 'n1']);
  ctx.clipboardText = '';
  return ctx;
}

describe('undoable, across the registry', () => {
  const board = ACTIONS.filter((a) => a.scope === 'board');

  it.each(board.map((a) => [a.name, a] as const))('%s keeps its word', async (_name, action) => {
    const ctx = richBoard();
    roomStore.setState({ voting: { mode: 'click', turn: null, lastOutcome: null } });
    const before = ctx.store.getState().doc;
    await runAction(action.name, ctx, action.shortcuts.find((s) => s.input !== undefined)?.input);
    const steps = ctx.store.temporal.getState().pastStates.length;
    if (action.undoable) expect(steps, 'at most one undo step').toBeLessThanOrEqual(1);
    else {
      expect(ctx.store.getState().doc, 'a non-undoable action leaves the journey alone').toBe(before);
      expect(steps).toBe(0);
    }
    roomStore.setState({ voting: null, round: null, presentation: { ...roomStore.getState().presentation, active: false } });
  });

  it('declares every app-level command not undoable (they open dialogs, files and windows)', () => {
    for (const action of ACTIONS.filter((a) => a.scope === 'app')) expect(action.undoable, action.name).toBe(false);
  });

  it('is not vacuous: undoable actions that change this board do make their step', async () => {
    for (const name of ['note.colour', 'edit.duplicate', 'edit.delete', 'structure.addPhase', 'room.voteAdd'] as const) {
      const ctx = richBoard();
      roomStore.setState({ voting: { mode: 'click', turn: null, lastOutcome: null } });
      await runAction(name, ctx, name === 'note.colour' ? 2 : undefined);
      expect(ctx.store.temporal.getState().pastStates.length, name).toBe(1);
      roomStore.setState({ voting: null });
    }
  });
});
