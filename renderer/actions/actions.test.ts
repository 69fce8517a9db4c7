import { describe, expect, it } from 'vitest';
import { CELL_PADDING, LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, createNote, addNotes, addConnector } from '../../shared/model';
import { actionForKey } from './keymap';
import { commitEditing } from './editing';
import { ACTIONS, runAction } from './registry';
import { testContext } from './testing';

const noGrowth = () => 0;

function withNotes(count: number) {
  const ctx = testContext();
  const { phases, lanes } = ctx.store.getState().doc!;
  const notes = Array.from({ length: count }, (_, i) =>
    createNote({ id: `n${i}`, text: `note ${i}`, phaseId: phases[0]!.id, laneId: lanes[0]!.id, x: 16 + i * 10, y: 16 + i * 5 }),
  );
  ctx.store.getState().changeDoc((doc) => addNotes(doc, notes));
  ctx.store.temporal.getState().clear();
  return ctx;
}

describe('the action registry', () => {
  it('has unique names, a label and at most one action per shortcut', () => {
    const names = ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const seen = new Map<string, string>();
    for (const action of ACTIONS) {
      for (const s of action.shortcuts ?? []) {
        const key = JSON.stringify({ ...s, input: undefined });
        expect(seen.get(key), `${action.name} and ${seen.get(key)} share ${key}`).toBeUndefined();
        seen.set(key, action.name);
      }
    }
  });

  it('maps key presses to actions on Windows/Linux and macOS', () => {
    const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code = '') => ({
      key,
      code,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(actionForKey(press('z', { ctrlKey: true }), false)?.name).toBe('edit.undo');
    expect(actionForKey(press('Z', { ctrlKey: true, shiftKey: true }), false)?.name).toBe('edit.redo');
    expect(actionForKey(press('y', { ctrlKey: true }), false)?.name).toBe('edit.redo');
    expect(actionForKey(press('z', { metaKey: true }), true)?.name).toBe('edit.undo');
    expect(actionForKey(press('z', { ctrlKey: true }), true)).toBeNull();
    expect(actionForKey(press('!', { shiftKey: true }, 'Digit1'), false)?.name).toBe('view.zoomToFit');
    expect(actionForKey(press('?', { shiftKey: true }), false)?.name).toBe('help.shortcuts');
    expect(actionForKey(press('3'), false)).toMatchObject({ name: 'note.colour', input: 2 });
    expect(actionForKey(press('ArrowLeft', { shiftKey: true }), false)).toMatchObject({ name: 'note.nudge', input: { dx: -48, dy: 0 } });
    expect(actionForKey(press('c', { ctrlKey: true }), false)).toMatchObject({ name: 'edit.copy', native: true });
  });
});

describe('notes', () => {
  it('creates a note at the pointer in that cell, with the lane kind and colour, in one undo step', async () => {
    const ctx = testContext();
    const doc = ctx.store.getState().doc!;
    // The pain point lane starts below the four lanes above it (the emotion lane is taller).
    const painPointsTop = PHASE_HEADER_HEIGHT + doc.lanes.slice(0, 4).reduce((sum, l) => sum + l.height, 0);
    ctx.pointerAt = { x: LANE_HEADER_WIDTH + 480 + 200, y: painPointsTop + 120 };
    await runAction('note.new', ctx);
    const editing = ctx.store.getState().editing;
    expect(editing?.kind).toBe('newNote');
    // Nothing is in the journey until the first text is committed.
    expect(Object.keys(ctx.store.getState().doc!.notes)).toHaveLength(0);
    commitEditing(ctx.store, 'Hotline keeps me waiting', noGrowth);
    const [note] = Object.values(ctx.store.getState().doc!.notes);
    expect(note).toMatchObject({ text: 'Hotline keeps me waiting', phaseId: doc.phases[1]!.id, laneId: doc.lanes[4]!.id, kind: 'painPoint', colour: 'red' });
    expect(ctx.store.temporal.getState().pastStates).toHaveLength(1);
    expect([...ctx.store.getState().selectedNoteIds]).toEqual([note!.id]);
  });

  it('drops a new note that stays empty', async () => {
    const ctx = testContext();
    await runAction('note.new', ctx);
    commitEditing(ctx.store, '   ', noGrowth);
    expect(Object.keys(ctx.store.getState().doc!.notes)).toHaveLength(0);
    expect(ctx.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('puts a note from the keyboard into the first free spot of the selected cell', async () => {
    const ctx = withNotes(1);
    const { phases, lanes } = ctx.store.getState().doc!;
    ctx.store.getState().selectCell({ phaseId: phases[0]!.id, laneId: lanes[0]!.id });
    await runAction('note.new', ctx);
    const editing = ctx.store.getState().editing;
    expect(editing?.kind === 'newNote' && editing.note).toMatchObject({ phaseId: phases[0]!.id, laneId: lanes[0]!.id, y: CELL_PADDING });
    expect(editing?.kind === 'newNote' && editing.note.x).toBeGreaterThan(160);
  });

  it('grows a note whose text does not fit at the smallest size', () => {
    const ctx = withNotes(1);
    ctx.store.getState().startEditing({ kind: 'note', id: 'n0' });
    commitEditing(ctx.store, 'long text', () => 400);
    expect(ctx.store.getState().doc!.notes.n0).toMatchObject({ text: 'long text', height: 400 });
    // The lane grew to hold the taller note.
    expect(ctx.store.getState().doc!.lanes[0]!.height).toBeGreaterThanOrEqual(16 + 400 + 16);
  });

  it('recolours, nudges, duplicates and deletes the selection, each one undo step', async () => {
    const ctx = withNotes(2);
    const { store } = ctx;
    store.getState().select(['n0', 'n1']);
    await runAction('note.colour', ctx, 'blue');
    expect(store.getState().doc!.notes.n0!.colour).toBe('blue');
    await runAction('note.nudge', ctx, { dx: 8, dy: 0 });
    expect(store.getState().doc!.notes.n0!.x).toBe(24);
    await runAction('edit.duplicate', ctx);
    expect(Object.keys(store.getState().doc!.notes)).toHaveLength(4);
    expect(store.getState().selectedNoteIds.has('n0')).toBe(false);
    await runAction('edit.delete', ctx);
    expect(Object.keys(store.getState().doc!.notes).sort()).toEqual(['n0', 'n1']);
    expect(store.temporal.getState().pastStates).toHaveLength(4);
    await runAction('edit.undo', ctx);
    expect(Object.keys(store.getState().doc!.notes)).toHaveLength(4);
    await runAction('edit.redo', ctx);
    expect(Object.keys(store.getState().doc!.notes)).toHaveLength(2);
  });

  it('selects all', async () => {
    const ctx = withNotes(3);
    await runAction('edit.selectAll', ctx);
    expect(ctx.store.getState().selectedNoteIds.size).toBe(3);
  });
});

describe('clipboard', () => {
  it('copies notes with their lines and pastes them into another journey at the pointer', async () => {
    const source = withNotes(2);
    source.store.getState().changeDoc((doc) => addConnector(doc, { from: 'n0', to: 'n1' }).doc);
    source.store.getState().select(['n0', 'n1']);
    await runAction('edit.copy', source);
    expect(JSON.parse(source.clipboardText).kind).toBe('journeyboard/notes');

    const target = testContext();
    target.clipboardText = source.clipboardText;
    target.pointerAt = { x: -1000, y: -1000 };
    await runAction('edit.paste', target);
    const doc = target.store.getState().doc!;
    const pasted = Object.values(doc.notes);
    expect(pasted.map((n) => n.text).sort()).toEqual(['note 0', 'note 1']);
    expect(pasted.every((n) => n.phaseId === null && !['n0', 'n1'].includes(n.id))).toBe(true);
    expect(Object.values(doc.connectors)).toHaveLength(1);
    expect(target.store.getState().selectedNoteIds.size).toBe(2);
  });

  it('cuts, and pastes plain text as a new note', async () => {
    const ctx = withNotes(1);
    ctx.store.getState().select(['n0']);
    await runAction('edit.cut', ctx);
    expect(ctx.store.getState().doc!.notes.n0).toBeUndefined();
    ctx.clipboardText = 'Called the hotline';
    ctx.pointerAt = { x: -500, y: -500 };
    await runAction('edit.paste', ctx);
    expect(Object.values(ctx.store.getState().doc!.notes).map((n) => n.text)).toEqual(['Called the hotline']);
  });

  it('ignores clipboard JSON that is not notes and notes that fail the schema', async () => {
    const ctx = testContext();
    ctx.clipboardText = JSON.stringify({ kind: 'journeyboard/notes', notes: [{ id: 'x', text: 5 }] });
    await runAction('edit.paste', ctx);
    expect(Object.keys(ctx.store.getState().doc!.notes)).toHaveLength(0);
  });
});

describe('arrange', () => {
  it('aligns and distributes', async () => {
    const ctx = withNotes(3);
    ctx.store.getState().select(['n0', 'n1', 'n2']);
    await runAction('arrange.alignTop', ctx);
    const ys = Object.values(ctx.store.getState().doc!.notes).map((n) => n.y);
    expect(new Set(ys).size).toBe(1);
    ctx.store.getState().changeDoc((doc) => ({ ...doc, notes: { ...doc.notes, n2: { ...doc.notes.n2!, x: 300 } } }));
    await runAction('arrange.distributeHorizontally', ctx);
    const { n0, n1, n2 } = ctx.store.getState().doc!.notes;
    expect(n1!.x - (n0!.x + n0!.width)).toBeCloseTo(n2!.x - (n1!.x + n1!.width));
  });
});

describe('structure', () => {
  it('adds a phase and opens its title for renaming, then removes it in one undo step', async () => {
    const ctx = testContext();
    await runAction('structure.addPhase', ctx);
    const doc = ctx.store.getState().doc!;
    expect(doc.phases).toHaveLength(4);
    expect(ctx.store.getState().editing).toEqual({ kind: 'phaseTitle', id: doc.phases[3]!.id });
    commitEditing(ctx.store, 'Loyalty', noGrowth);
    expect(ctx.store.getState().doc!.phases[3]!.title).toBe('Loyalty');
    await runAction('structure.removePhase', ctx, { id: doc.phases[3]!.id });
    expect(ctx.store.getState().doc!.phases).toHaveLength(3);
  });

  it('asks before removing a lane with notes, then moves them to the neighbour', async () => {
    const ctx = withNotes(2);
    const lane = ctx.store.getState().doc!.lanes[0]!;
    await runAction('structure.removeLane', ctx, { id: lane.id });
    expect(ctx.store.getState().dialog).toEqual({ kind: 'removeLane', id: lane.id });
    expect(ctx.store.getState().doc!.lanes).toHaveLength(7);
    await runAction('structure.removeLane', ctx, { id: lane.id, mode: 'moveNotesToNeighbour' });
    const doc = ctx.store.getState().doc!;
    expect(doc.lanes).toHaveLength(6);
    expect(doc.notes.n0!.laneId).toBe(doc.lanes[0]!.id);
    expect(ctx.store.getState().dialog).toBeNull();
    await runAction('edit.undo', ctx);
    expect(ctx.store.getState().doc!.lanes).toHaveLength(7);
  });

  it('moves phases left and right', async () => {
    const ctx = testContext();
    const [a, b] = ctx.store.getState().doc!.phases;
    await runAction('structure.movePhaseRight', ctx, { id: a!.id });
    expect(ctx.store.getState().doc!.phases.map((p) => p.id).slice(0, 2)).toEqual([b!.id, a!.id]);
  });
});

describe('view', () => {
  it('zooms in steps, resets to 100% and fits the board', async () => {
    const ctx = testContext();
    ctx.store.getState().setCamera({ x: 0, y: 0, zoom: 1 });
    await runAction('view.zoomIn', ctx);
    expect(ctx.store.getState().camera.zoom).toBe(1.25);
    await runAction('view.zoomOut', ctx);
    await runAction('view.zoomOut', ctx);
    expect(ctx.store.getState().camera.zoom).toBe(0.8);
    await runAction('view.zoomReset', ctx);
    expect(ctx.store.getState().camera.zoom).toBe(1);
    await runAction('view.zoomToFit', ctx);
    expect(ctx.store.getState().camera.zoom).toBeLessThan(1);
  });
});
