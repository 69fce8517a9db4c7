import { describe, expect, it } from 'vitest';
import { createNote } from '../model/notes';
import { phasesFor } from '../model/templates';
import { planPhaseSwitch } from './phaseModelSwitch';
import { boardWith, noteIn, withNotes } from './testJourney';

describe('planPhaseSwitch', () => {
  it('splits "before purchase" into awareness and consideration by position (3 -> 5)', () => {
    const board = boardWith('threePhases');
    const notes = [
      noteIn(board, 0, 'touchpoint', { id: 'left', x: 16 }),
      noteIn(board, 0, 'touchpoint', { id: 'right', x: 300 }),
      noteIn(board, 1, 'emotion', { id: 'during', x: 40, y: 30, emotion: 1 }),
      noteIn(board, 2, 'painPoint', { id: 'after-left', x: 16 }),
      noteIn(board, 2, 'kpi', { id: 'after-right', x: 300 }),
      createNote({ id: 'free', x: 9000, y: 9000 }),
    ];
    const funnel = phasesFor('funnel', 'en');
    const plan = planPhaseSwitch(withNotes(board, notes), funnel);
    expect(plan.doc.phases.map((p) => p.title)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(plan.targets.map((t) => t.noteIds)).toEqual([['left'], ['right'], ['during'], ['after-left'], ['after-right']]);
    expect(plan.targets[0]!.fromPhaseIds).toEqual([board.phases[0]!.id]);
    expect(plan.doc.notes.right!.x).toBe(300 - 240);
    // Lane, height and everything else stay; free notes are not touched.
    expect(plan.doc.notes.during).toMatchObject({ laneId: notes[2]!.laneId, y: 30, emotion: 1, x: 40 });
    expect(plan.doc.notes.free).toEqual(notes[5]);
    expect(plan.moves).toHaveLength(5);
  });

  it('lays two funnel columns side by side when merging (5 -> 3), and back again exactly', () => {
    const board = boardWith('funnel', 'de');
    const notes = [
      noteIn(board, 0, 'touchpoint', { id: 'aware', x: 100 }),
      noteIn(board, 1, 'touchpoint', { id: 'consider', x: 20 }),
      noteIn(board, 2, 'touchpoint', { id: 'buy', x: 50 }),
      noteIn(board, 3, 'touchpoint', { id: 'stay', x: 10 }),
      noteIn(board, 4, 'touchpoint', { id: 'recommend', x: 200 }),
    ];
    const original = withNotes(board, notes);
    const three = planPhaseSwitch(original, phasesFor('threePhases', 'de'));
    expect(three.doc.phases.map((p) => [p.title, p.width])).toEqual([
      ['Vor dem Kauf', 960],
      ['Beim Kauf', 480],
      ['Nach dem Kauf', 960],
    ]);
    expect(three.targets.map((t) => t.noteIds)).toEqual([['aware', 'consider'], ['buy'], ['stay', 'recommend']]);
    expect(three.targets[0]!.fromPhaseIds).toEqual([board.phases[0]!.id, board.phases[1]!.id]);
    expect(three.doc.notes.consider!.x).toBe(480 + 20);

    const back = planPhaseSwitch(three.doc, phasesFor('funnel', 'de'));
    for (const n of notes) {
      const phaseIndex = board.phases.findIndex((p) => p.id === n.phaseId);
      const moved = back.doc.notes[n.id]!;
      expect(back.doc.phases.findIndex((p) => p.id === moved.phaseId), n.id).toBe(phaseIndex);
      expect(moved.x, n.id).toBe(n.x);
    }
  });

  it('spreads custom columns evenly onto the preset', () => {
    const board = boardWith('blank');
    const doc = withNotes(board, [noteIn(board, 0, 'touchpoint', { id: 'a', x: 10 }), noteIn(board, 0, 'touchpoint', { id: 'b', x: 400 })]);
    const plan = planPhaseSwitch(doc, phasesFor('threePhases', 'en'));
    // One unknown column covers the whole timeline: its left part is before purchase.
    expect(plan.targets.map((t) => t.noteIds)).toEqual([['a'], [], ['b']]);
  });

  it('grows a column so that a moved note still fits', () => {
    const board = boardWith('funnel');
    const wide = { ...board, phases: board.phases.map((p, i) => (i === 0 ? { ...p, width: 1500 } : p)) };
    const doc = withNotes(wide, [noteIn(wide, 0, 'touchpoint', { id: 'far', x: 1300 })]);
    const plan = planPhaseSwitch(doc, phasesFor('threePhases', 'en'));
    const before = plan.doc.phases[0]!;
    expect(plan.doc.notes.far!.phaseId).toBe(before.id);
    expect(before.width).toBeGreaterThanOrEqual(plan.doc.notes.far!.x + plan.doc.notes.far!.width);
  });

  it('refuses an empty phase list', () => {
    expect(() => planPhaseSwitch(boardWith('funnel'), [])).toThrow();
  });
});
