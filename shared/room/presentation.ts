/**
 * Presentation mode: the facilitator steps through the journey phase by phase. The first step
 * is the overview of the whole journey; each further step spotlights one phase and dims the
 * rest. The state remembers the phase by id, so renaming, adding or reordering phases while
 * presenting keeps the spotlight on the same phase.
 */
import type { GridLayout, Rect } from '../model/grid';
import type { JourneyDoc } from '../model/document';
import type { Id, Phase } from '../model/journey';
import { fitRect, type RoomCamera, type Viewport } from './camera';

export interface PresentationState {
  /** The spotlit phase, or null for the overview step. */
  phaseId: Id | null;
}

export const OVERVIEW_STEP: PresentationState = { phaseId: null };

/** The steps in order: the overview, then every phase. */
export function presentationSteps(phases: readonly Pick<Phase, 'id'>[]): PresentationState[] {
  return [OVERVIEW_STEP, ...phases.map((p) => ({ phaseId: p.id }))];
}

/** The step's position (0 = overview); a phase that was deleted counts as the overview. */
export function stepIndex(state: PresentationState, phases: readonly Pick<Phase, 'id'>[]): number {
  if (state.phaseId === null) return 0;
  const i = phases.findIndex((p) => p.id === state.phaseId);
  return i < 0 ? 0 : i + 1;
}

export function stepCount(phases: readonly Pick<Phase, 'id'>[]): number {
  return phases.length + 1;
}

/** The next step; the last phase stays put (a clicker pressed once too often does nothing). */
export function nextStep(state: PresentationState, phases: readonly Pick<Phase, 'id'>[]): PresentationState {
  const steps = presentationSteps(phases);
  return steps[Math.min(steps.length - 1, stepIndex(state, phases) + 1)]!;
}

export function previousStep(state: PresentationState, phases: readonly Pick<Phase, 'id'>[]): PresentationState {
  const steps = presentationSteps(phases);
  return steps[Math.max(0, stepIndex(state, phases) - 1)]!;
}

export function isLastStep(state: PresentationState, phases: readonly Pick<Phase, 'id'>[]): boolean {
  return stepIndex(state, phases) === stepCount(phases) - 1;
}

/** The phase in the spotlight, or null on the overview or when the phase no longer exists. */
export function spotlitPhase<P extends Pick<Phase, 'id'>>(state: PresentationState, phases: readonly P[]): P | null {
  if (state.phaseId === null) return null;
  return phases.find((p) => p.id === state.phaseId) ?? null;
}

/**
 * The bottom of the lowest lane that holds a note of the phase: lanes below it are empty in
 * this phase, and leaving them out lets the phase's notes fill the picture. A phase without
 * notes shows all its lanes (the room sees what there is to fill).
 */
export function phaseContentBottom(doc: Pick<JourneyDoc, 'notes'>, layout: GridLayout, phaseId: Id): number {
  let bottom = 0;
  for (const id in doc.notes) {
    const note = doc.notes[id]!;
    if (note.phaseId !== phaseId || note.laneId === null) continue;
    const row = layout.rowById.get(note.laneId);
    if (row) bottom = Math.max(bottom, row.y + row.height);
  }
  return bottom > 0 ? bottom : layout.bottom;
}

/**
 * The board area of a step: the whole grid for the overview, else the phase's column with its
 * header, down to its lowest lane in use (when the journey is given), and the lane headers on
 * its left while they do not shrink the phase too much. A phase far to the right would shrink
 * to nothing if the lane headers had to fit too, so past a point the frame is the column alone.
 */
export function stepRect(state: PresentationState, layout: GridLayout, doc?: Pick<JourneyDoc, 'notes'>): Rect {
  const column = state.phaseId === null ? undefined : layout.columnById.get(state.phaseId);
  if (!column) return { x: 0, y: 0, width: Math.max(1, layout.right), height: Math.max(1, layout.bottom) };
  const height = Math.max(1, doc ? phaseContentBottom(doc, layout, column.id) : layout.bottom);
  const withHeaders = column.x + column.width;
  return withHeaders <= column.width * 1.6 ? { x: 0, y: 0, width: withHeaders, height } : { x: column.x, y: 0, width: column.width, height };
}

/** The camera for a step: its board area fitted into the viewport. */
export function stepCamera(
  state: PresentationState,
  layout: GridLayout,
  viewport: Viewport,
  options: { margin?: number; maxZoom?: number; doc?: Pick<JourneyDoc, 'notes'> } = {},
): RoomCamera {
  return fitRect(stepRect(state, layout, options.doc), viewport, options);
}

/**
 * The board areas to dim while a phase is spotlit: the other phases' columns, full height.
 * The lane headers and the spotlit column stay bright. Nothing is dimmed on the overview.
 */
export function dimmedRects(state: PresentationState, layout: GridLayout): Rect[] {
  if (state.phaseId === null || !layout.columnById.has(state.phaseId)) return [];
  return layout.columns
    .filter((c) => c.id !== state.phaseId)
    .map((c) => ({ x: c.x, y: 0, width: c.width, height: layout.bottom }));
}
