import { describe, expect, it } from 'vitest';
import { CELL_PADDING, DEFAULT_NOTE_SIZE, addNotes, computeGridLayout, createJourney, createNote, toDoc } from '../model';
import { boardBounds, docBounds, noteRects } from './bounds';
import { addLaneButtonRect, addPhaseButtonRect } from './gridControls';
import { moveNotesBy } from './moveNotes';
import { freeSpotInCell } from './placement';

const base = () => toDoc(createJourney({ template: 'threePhases', language: 'en' }));

describe('placement', () => {
  it('fills a cell row by row, then goes below the lowest note', () => {
    let doc = base();
    const cell = { phaseId: doc.phases[0]!.id, laneId: doc.lanes[0]!.id };
    expect(freeSpotInCell(doc, cell)).toEqual({ x: CELL_PADDING, y: CELL_PADDING });
    // Fill the 480 x 240 cell: two notes fit per row, one row.
    doc = addNotes(doc, [
      createNote({ ...cell, x: CELL_PADDING, y: CELL_PADDING }),
      createNote({ ...cell, x: CELL_PADDING + DEFAULT_NOTE_SIZE.width + 12, y: CELL_PADDING }),
    ]);
    expect(freeSpotInCell(doc, cell)!.y).toBeGreaterThanOrEqual(CELL_PADDING + DEFAULT_NOTE_SIZE.height);
  });
});

describe('moving notes', () => {
  it('takes the new lane kind, and its colour only when the note had its old default colour', () => {
    let doc = base();
    const [touchpoints, actions] = doc.lanes;
    const phase = doc.phases[0]!.id;
    doc = addNotes(doc, [
      createNote({ id: 'plain', kind: 'touchpoint', phaseId: phase, laneId: touchpoints!.id, x: 20, y: 20 }),
      createNote({ id: 'picked', kind: 'touchpoint', colour: 'green', phaseId: phase, laneId: touchpoints!.id, x: 200, y: 20 }),
    ]);
    const moved = moveNotesBy(doc, ['plain', 'picked'], 0, 240);
    expect(moved.notes.plain).toMatchObject({ laneId: actions!.id, kind: 'customerAction', colour: 'blue', y: 20 });
    expect(moved.notes.picked).toMatchObject({ laneId: actions!.id, kind: 'customerAction', colour: 'green' });
    // Moved notes come to the front (last in draw order).
    expect(Object.keys(moved.notes)).toEqual(['plain', 'picked']);
  });

  it('leaves the grid as a free note in board coordinates, keeping its kind', () => {
    let doc = base();
    doc = addNotes(doc, [createNote({ id: 'n', kind: 'kpi', phaseId: doc.phases[0]!.id, laneId: doc.lanes[6]!.id, x: 20, y: 20 })]);
    const before = noteRects(doc, ['n']).get('n')!;
    const moved = moveNotesBy(doc, ['n'], -2000, 0);
    expect(moved.notes.n).toMatchObject({ phaseId: null, laneId: null, kind: 'kpi', x: before.x - 2000, y: before.y });
  });
});

describe('the board bounds', () => {
  it('hold the grid with its "+" tabs, every placed note and what is drawn beside them', () => {
    let doc = base();
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const plus = addPhaseButtonRect(layout);
    const below = addLaneButtonRect(layout);
    expect(docBounds(doc)).toEqual({ x: 0, y: 0, width: plus.x + plus.width, height: below.y + below.height });
    doc = addNotes(doc, [createNote({ id: 'far', kind: 'free', x: 5_000, y: -300 })]);
    const card = { x: -900, y: 0, width: 800, height: 400 };
    expect(docBounds(doc, [card])).toEqual({ x: -900, y: -300, width: 5_000 + DEFAULT_NOTE_SIZE.width + 900, height: below.y + below.height + 300 });
    expect(boardBounds(layout, [...noteRects(doc, ['far']).values()], [card])).toEqual(docBounds(doc, [card]));
  });
});
