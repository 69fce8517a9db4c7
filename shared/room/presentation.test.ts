import { describe, expect, it } from 'vitest';
import { computeGridLayout } from '../model/grid';
import { roomTestDoc } from './testJourney';
import {
  dimmedRects,
  isLastStep,
  nextStep,
  OVERVIEW_STEP,
  previousStep,
  spotlitPhase,
  stepCamera,
  stepCount,
  stepIndex,
  stepRect,
  phaseContentBottom,
} from './presentation';
import { visibleBoardRect } from './camera';

describe('presentation steps', () => {
  const { doc } = roomTestDoc();
  const phases = doc.phases;

  it('goes from the overview through each phase and stops at the ends', () => {
    let state = OVERVIEW_STEP;
    expect(spotlitPhase(state, phases)).toBeNull();
    const visited: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      state = nextStep(state, phases);
      visited.push(spotlitPhase(state, phases)?.title ?? null);
    }
    expect(visited).toEqual(['Before purchase', 'During purchase', 'After purchase', 'After purchase', 'After purchase']);
    expect(isLastStep(state, phases)).toBe(true);
    expect(stepIndex(state, phases)).toBe(3);
    expect(stepCount(phases)).toBe(4);
    for (let i = 0; i < 5; i++) state = previousStep(state, phases);
    expect(state).toEqual(OVERVIEW_STEP);
  });

  it('keeps the spotlight on a phase by id when phases move, and falls back when it is deleted', () => {
    const state = { phaseId: phases[1]!.id };
    const reordered = [phases[1]!, phases[0]!, phases[2]!];
    expect(stepIndex(state, reordered)).toBe(1);
    expect(nextStep(state, reordered).phaseId).toBe(phases[0]!.id);
    const without = [phases[0]!, phases[2]!];
    expect(spotlitPhase(state, without)).toBeNull();
    expect(stepIndex(state, without)).toBe(0);
    expect(nextStep(state, without).phaseId).toBe(phases[0]!.id);
  });

  it('works on a journey without phases', () => {
    expect(nextStep(OVERVIEW_STEP, [])).toEqual(OVERVIEW_STEP);
    expect(isLastStep(OVERVIEW_STEP, [])).toBe(true);
  });
});

describe('presentation geometry', () => {
  const { doc } = roomTestDoc();
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const viewport = { width: 1920, height: 1080 };

  it('dims every other phase column and nothing on the overview', () => {
    const state = { phaseId: doc.phases[1]!.id };
    const dim = dimmedRects(state, layout);
    expect(dim).toHaveLength(2);
    expect(dim.map((r) => r.x)).toEqual([layout.columns[0]!.x, layout.columns[2]!.x]);
    expect(dim.every((r) => r.height === layout.bottom)).toBe(true);
    expect(dimmedRects(OVERVIEW_STEP, layout)).toEqual([]);
    expect(dimmedRects({ phaseId: 'gone' }, layout)).toEqual([]);
  });

  it('frames the whole grid for the overview and the spotlit phase otherwise', () => {
    const overview = visibleBoardRect(stepCamera(OVERVIEW_STEP, layout, viewport), viewport);
    expect(overview.x).toBeLessThanOrEqual(0);
    expect(overview.x + overview.width).toBeGreaterThanOrEqual(layout.right - 0.001);
    expect(overview.y + overview.height).toBeGreaterThanOrEqual(layout.bottom - 0.001);

    const last = layout.columns[2]!;
    const shown = visibleBoardRect(stepCamera({ phaseId: last.id }, layout, viewport), viewport);
    expect(shown.x).toBeLessThanOrEqual(last.x);
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(last.x + last.width - 0.001);
    expect(stepRect({ phaseId: layout.columns[0]!.id }, layout).x).toBe(0);
  });

  it("leaves out the lanes below a phase's lowest note, so its notes fill the picture", () => {
    // The first phase has notes in the first two lanes, the third phase in the first only.
    const [first, , third] = layout.columns;
    const [row0, row1] = layout.rows;
    expect(phaseContentBottom(doc, layout, first!.id)).toBe(row1!.y + row1!.height);
    expect(stepRect({ phaseId: third!.id }, layout, doc)).toMatchObject({ y: 0, height: row0!.y + row0!.height });
    const full = stepCamera({ phaseId: third!.id }, layout, viewport);
    const content = stepCamera({ phaseId: third!.id }, layout, viewport, { doc });
    expect(content.zoom).toBeGreaterThan(full.zoom);
    // A phase without notes shows all its lanes.
    const empty = { ...doc, notes: {} };
    expect(phaseContentBottom(empty, layout, third!.id)).toBe(layout.bottom);
  });
});
