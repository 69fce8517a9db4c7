import { describe, expect, it } from 'vitest';
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, cellAt, computeGridLayout, notePosition, placeNote } from './grid';
import { createJourney } from './templates';

describe('grid layout', () => {
  const journey = createJourney({ template: 'threePhases', language: 'en' });
  const layout = computeGridLayout(journey.phases, journey.lanes);

  it('lays phases out as columns after the lane headers', () => {
    expect(layout.columns.map((c) => c.x)).toEqual([LANE_HEADER_WIDTH, LANE_HEADER_WIDTH + 480, LANE_HEADER_WIDTH + 960]);
    expect(layout.rows[0]!.y).toBe(PHASE_HEADER_HEIGHT);
  });

  it('finds the cell under a point and nothing over the headers', () => {
    const cell = cellAt({ x: LANE_HEADER_WIDTH + 500, y: PHASE_HEADER_HEIGHT + 10 }, layout);
    expect(cell).toEqual({ phaseId: journey.phases[1]!.id, laneId: journey.lanes[0]!.id });
    expect(cellAt({ x: 10, y: PHASE_HEADER_HEIGHT + 10 }, layout)).toBeNull();
  });

  it('stores a dropped note relative to its cell, and free outside the grid', () => {
    const placed = placeNote({ x: LANE_HEADER_WIDTH + 500, y: PHASE_HEADER_HEIGHT + 20 }, { width: 100, height: 80 }, layout);
    expect(placed).toEqual({ x: 20, y: 20, phaseId: journey.phases[1]!.id, laneId: journey.lanes[0]!.id });
    expect(notePosition(placed, layout)).toEqual({ x: LANE_HEADER_WIDTH + 500, y: PHASE_HEADER_HEIGHT + 20 });
    const free = placeNote({ x: -500, y: -500 }, { width: 100, height: 80 }, layout);
    expect(free).toEqual({ x: -500, y: -500, phaseId: null, laneId: null });
  });

  it('hides the notes of a hidden lane', () => {
    const hidden = computeGridLayout(journey.phases, journey.lanes.map((l, i) => ({ ...l, hidden: i === 0 })));
    const note = { x: 0, y: 0, phaseId: journey.phases[0]!.id, laneId: journey.lanes[0]!.id };
    expect(notePosition(note, hidden)).toBeNull();
  });
});
