import { describe, expect, it } from 'vitest';
import { findTouchpointEntry, kpisOfPhase } from '../../../shared/catalogue';
import { CELL_PADDING, computeGridLayout, createJourney, DEFAULT_NOTE_SIZE, toDoc } from '../../../shared/model';
import { defaultCellFor, dropPlace, noteFromCatalogue } from './placeFromCatalogue';

const board = () => toDoc(createJourney({ template: 'funnel', language: 'de' }));

describe('noteFromCatalogue', () => {
  it('makes a classified touchpoint note in the board language', () => {
    const entry = findTouchpointEntry('customerReviews')!;
    const note = noteFromCatalogue({ type: 'touchpoint', entry }, 'de', { phaseId: 'p', laneId: 'l', x: 1, y: 2 });
    expect(note).toMatchObject({ kind: 'touchpoint', text: 'Kundenbewertungen und Rezensionen', colour: 'yellow', touchpoint: { directness: 'indirect', ownership: 'earned' } });
  });

  it('makes a KPI note that knows whether higher is better', () => {
    const bounce = kpisOfPhase('awareness').find((k) => k.id === 'bounceRate')!;
    const note = noteFromCatalogue({ type: 'kpi', entry: bounce }, 'en', { phaseId: null, laneId: null, x: 0, y: 0 });
    expect(note).toMatchObject({ kind: 'kpi', text: 'Bounce rate', kpi: { higherIsBetter: false } });
  });
});

describe('dropPlace', () => {
  it('centres the note on the drop point inside the cell under it', () => {
    const doc = board();
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const column = layout.columns[2]!;
    const row = layout.rows[0]!;
    const place = dropPlace(doc, { x: column.x + 200, y: row.y + 120 })!;
    expect(place).toEqual({ phaseId: column.id, laneId: row.id, x: 200 - DEFAULT_NOTE_SIZE.width / 2, y: 120 - DEFAULT_NOTE_SIZE.height / 2 });
  });

  it('keeps a drop near the edge inside the cell, and refuses the headers', () => {
    const doc = board();
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const column = layout.columns[0]!;
    const row = layout.rows[1]!;
    expect(dropPlace(doc, { x: column.x + 2, y: row.y + 2 })).toMatchObject({ x: CELL_PADDING, y: CELL_PADDING });
    expect(dropPlace(doc, { x: 10, y: 10 })).toBeNull();
    expect(dropPlace(doc, { x: -500, y: row.y })).toBeNull();
  });
});

describe('defaultCellFor', () => {
  it('sends an entry to its stage or phase column in the lane of its kind', () => {
    const doc = board();
    const tpLane = doc.lanes.find((l) => l.kind === 'touchpoint')!;
    const kpiLane = doc.lanes.find((l) => l.kind === 'kpi')!;
    expect(defaultCellFor(doc, { type: 'touchpoint', entry: findTouchpointEntry('newsletter')! })).toEqual({ phaseId: doc.phases[3]!.id, laneId: tpLane.id });
    const nps = kpisOfPhase('advocacy')[0]!;
    expect(defaultCellFor(doc, { type: 'kpi', entry: nps })).toEqual({ phaseId: doc.phases[4]!.id, laneId: kpiLane.id });
  });
});
