import { describe, expect, it } from 'vitest';
import { computeGridLayout, PHASE_HEADER_HEIGHT } from '../model/grid';
import { visibleBoardRect } from '../camera/camera';
import {
  currentStep,
  dimmedRects,
  isLastStep,
  lanesInUse,
  nextStep,
  OVERVIEW_STEP,
  phaseContentBottom,
  phaseParts,
  planPresentation,
  previousStep,
  spotlitPhase,
  stepCamera,
  stepIndex,
  stepRect,
} from './presentation';
import { roomTestDoc } from './testJourney';

const { doc } = roomTestDoc();
const layout = computeGridLayout(doc.phases, doc.lanes);
const viewport = { width: 1920, height: 1080 };
const simplePlan = (phases = doc.phases) =>
  planPresentation({ layout, phases, requiredZoom: (id) => lanesInUse(doc, id), area: viewport, margin: 24 });

describe('presentation steps', () => {
  const phases = doc.phases;

  it('goes from the overview through each phase and stops at the ends', () => {
    const plan = simplePlan();
    let state = OVERVIEW_STEP;
    expect(spotlitPhase(state, phases)).toBeNull();
    const visited: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      state = nextStep(plan, state);
      visited.push(spotlitPhase(state, phases)?.title ?? null);
    }
    expect(visited).toEqual(['Before purchase', 'During purchase', 'After purchase', 'After purchase', 'After purchase']);
    expect(isLastStep(plan, state)).toBe(true);
    expect(stepIndex(plan, state)).toBe(3);
    expect(plan).toHaveLength(4);
    for (let i = 0; i < 5; i++) state = previousStep(plan, state);
    expect(state).toEqual(OVERVIEW_STEP);
  });

  it('keeps the spotlight on a phase by id when phases move, and falls back when it is deleted', () => {
    const state = { phaseId: phases[1]!.id, part: 0 };
    const reordered = simplePlan([phases[1]!, phases[0]!, phases[2]!]);
    expect(stepIndex(reordered, state)).toBe(1);
    expect(nextStep(reordered, state).phaseId).toBe(phases[0]!.id);
    const without = simplePlan([phases[0]!, phases[2]!]);
    expect(stepIndex(without, state)).toBe(0);
    expect(nextStep(without, state).phaseId).toBe(phases[0]!.id);
  });

  it('lands on the last part when a phase now has fewer parts', () => {
    const plan = simplePlan();
    expect(stepIndex(plan, { phaseId: phases[0]!.id, part: 3 })).toBe(1);
    expect(currentStep(plan, { phaseId: phases[0]!.id, part: 3 })?.part).toBe(0);
  });

  it('works on a journey without phases', () => {
    const plan = simplePlan([]);
    expect(nextStep(plan, OVERVIEW_STEP)).toEqual(OVERVIEW_STEP);
    expect(isLastStep(plan, OVERVIEW_STEP)).toBe(true);
  });
});

describe('phase parts', () => {
  const column = layout.columns[0]!;
  const [row0, row1] = layout.rows;

  it('shows a phase in one picture when its text is legible that way, down to its lowest lane in use', () => {
    const parts = phaseParts({ layout, phaseId: column.id, requiredZoom: new Map([[row0!.id, 0.5], [row1!.id, 0.5]]), area: viewport, margin: 24 });
    expect(parts).toEqual([{ x: 0, y: 0, width: column.x + column.width, height: row1!.y + row1!.height }]);
  });

  it('splits a phase into lane groups when its small text needs a closer look', () => {
    // Text that needs zoom 3: (1080 - 48) / 3 = 344 board pixels of height per part.
    const zoom = new Map(layout.rows.map((r) => [r.id, 3]));
    const parts = phaseParts({ layout, phaseId: layout.columns[1]!.id, requiredZoom: zoom, area: viewport, margin: 24 });
    expect(parts.length).toBeGreaterThan(3);
    expect(parts[0]!.y).toBe(0);
    // Every lane is in exactly one part, in order.
    const lanesOf = (p: { y: number; height: number }) => layout.rows.filter((r) => r.y >= p.y && r.y + r.height <= p.y + p.height);
    expect(parts.flatMap((p) => lanesOf(p).map((r) => r.id))).toEqual(layout.rows.map((r) => r.id));
    // A part of several lanes fits at the zoom the text needs; a lane taller than that is a part by itself.
    for (const part of parts) {
      if (lanesOf(part).length > 1) expect(fitZoom(part)).toBeGreaterThanOrEqual(3);
    }
  });

  it('starts the first part at the phase title unless the first lane would not fit with it', () => {
    const tall = new Map([[row0!.id, (1080 - 48) / (row0!.height + 10)]]);
    const parts = phaseParts({ layout, phaseId: column.id, requiredZoom: tall, area: viewport, margin: 24 });
    expect(parts[0]!.y).toBe(row0!.y);
    expect(row0!.y).toBe(PHASE_HEADER_HEIGHT);
  });

  it('shows an empty phase whole', () => {
    expect(phaseParts({ layout, phaseId: column.id, requiredZoom: new Map(), area: viewport, margin: 24 })).toEqual([
      { x: 0, y: 0, width: column.x + column.width, height: layout.bottom },
    ]);
    expect(phaseParts({ layout, phaseId: 'gone', requiredZoom: new Map(), area: viewport, margin: 24 })).toEqual([]);
  });
});

function fitZoom(rect: { width: number; height: number }) {
  return Math.min((1920 - 48) / rect.width, (1080 - 48) / rect.height, 4);
}

describe('presentation geometry', () => {
  it('dims every other phase column and nothing on the overview', () => {
    const state = { phaseId: doc.phases[1]!.id };
    const dim = dimmedRects(state, layout);
    expect(dim).toHaveLength(2);
    expect(dim.map((r) => r.x)).toEqual([layout.columns[0]!.x, layout.columns[2]!.x]);
    expect(dim.every((r) => r.height === layout.bottom)).toBe(true);
    expect(dimmedRects(OVERVIEW_STEP, layout)).toEqual([]);
    expect(dimmedRects({ phaseId: 'gone' }, layout)).toEqual([]);
  });

  it('frames the whole grid, or one phase for a projector that stays on it', () => {
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
    const [first, , third] = layout.columns;
    const [row0, row1] = layout.rows;
    expect(phaseContentBottom(doc, layout, first!.id)).toBe(row1!.y + row1!.height);
    expect(stepRect({ phaseId: third!.id }, layout, doc)).toMatchObject({ y: 0, height: row0!.y + row0!.height });
    const full = stepCamera({ phaseId: third!.id }, layout, viewport);
    const content = stepCamera({ phaseId: third!.id }, layout, viewport, { doc });
    expect(content.zoom).toBeGreaterThan(full.zoom);
    expect(phaseContentBottom({ notes: {} }, layout, third!.id)).toBe(layout.bottom);
  });
});
