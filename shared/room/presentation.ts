/**
 * Presentation mode: the facilitator steps through the journey phase by phase. The first step
 * is the overview of the whole journey; each further step spotlights one phase and dims the
 * rest. A phase whose notes cannot all be read in one picture (many lanes, small text) is shown
 * in parts, lane group by lane group, each part as close as legibility needs.
 *
 * The steps are a plan computed from the journey and the projector (see planPresentation);
 * the state remembers the phase by id and the part by number, so renaming, adding or
 * reordering phases while presenting keeps the spotlight on the same phase.
 */
import { PHASE_HEADER_HEIGHT, type GridLayout, type Rect } from '../model/grid';
import type { JourneyDoc } from '../model/document';
import type { Id, Phase } from '../model/journey';
import { fitRect, type Camera, type Viewport } from '../camera/camera';

export interface PresentationState {
  /** The spotlit phase, or null for the overview step. */
  phaseId: Id | null;
  /** Which part of the phase (0-based) when it is shown in parts. */
  part: number;
}

export const OVERVIEW_STEP: PresentationState = { phaseId: null, part: 0 };

export interface PresentationStep extends PresentationState {
  /** How many parts the phase is shown in (1 for the overview). */
  parts: number;
  /** The board area the step shows. */
  rect: Rect;
}

/** The step's position in the plan (0 = overview); a phase that was deleted counts as the overview. */
export function stepIndex(plan: readonly PresentationStep[], state: PresentationState): number {
  if (state.phaseId === null) return 0;
  let last = -1;
  for (let i = 0; i < plan.length; i++) {
    const step = plan[i]!;
    if (step.phaseId !== state.phaseId) continue;
    if (step.part === state.part) return i;
    last = i;
  }
  // The phase has fewer parts than before (notes were removed): its last part.
  return last < 0 ? 0 : last;
}

function stateOf(step: PresentationStep | undefined): PresentationState {
  return step ? { phaseId: step.phaseId, part: step.part } : OVERVIEW_STEP;
}

/** The next step; the last one stays put (a clicker pressed once too often does nothing). */
export function nextStep(plan: readonly PresentationStep[], state: PresentationState): PresentationState {
  return stateOf(plan[Math.min(plan.length - 1, stepIndex(plan, state) + 1)]);
}

export function previousStep(plan: readonly PresentationStep[], state: PresentationState): PresentationState {
  return stateOf(plan[Math.max(0, stepIndex(plan, state) - 1)]);
}

export function isLastStep(plan: readonly PresentationStep[], state: PresentationState): boolean {
  return stepIndex(plan, state) >= plan.length - 1;
}

export function currentStep(plan: readonly PresentationStep[], state: PresentationState): PresentationStep | undefined {
  return plan[stepIndex(plan, state)];
}

/**
 * The parts of one phase. `requiredZoom` maps each lane holding a note of the phase to the zoom
 * its smallest text needs on the projector (0 when it has no text to read). The parts frame
 * the phase header and consecutive lanes, as many as fit at the zoom the phase needs; lanes
 * without notes at the bottom are left out. A phase without notes is one part, all lanes.
 */
export function phaseParts(options: {
  layout: GridLayout;
  phaseId: Id;
  requiredZoom: ReadonlyMap<Id, number>;
  area: Viewport;
  margin: number;
  maxZoom?: number;
}): Rect[] {
  const { layout, phaseId, requiredZoom, area, margin } = options;
  const column = layout.columnById.get(phaseId);
  if (!column) return [];
  const usable = { width: Math.max(1, area.width - 2 * margin), height: Math.max(1, area.height - 2 * margin) };
  const zoomCap = Math.min(options.maxZoom ?? 4, usable.width / column.width);
  const used = layout.rows.filter((r) => requiredZoom.has(r.id));
  const needed = Math.min(zoomCap, Math.max(0, ...used.map((r) => requiredZoom.get(r.id)!)));
  const fits = needed > 0 ? usable.height / needed : Number.POSITIVE_INFINITY;
  // The lane titles come along while the phase is next to them and they fit beside it.
  const withHeaders = column.x + column.width;
  const showHeaders = withHeaders <= column.width * 1.6 && (needed === 0 || withHeaders * needed <= usable.width);
  const horizontal = showHeaders ? { x: 0, width: withHeaders } : { x: column.x, width: column.width };
  const rect = (top: number, bottom: number): Rect => ({ ...horizontal, y: top, height: Math.max(1, bottom - top) });

  if (used.length === 0) return [rect(0, layout.bottom)];
  const parts: Rect[] = [];
  let top = 0;
  let bottom = PHASE_HEADER_HEIGHT;
  let first = true;
  for (const row of used) {
    const rowBottom = row.y + row.height;
    if (first) {
      // The phase's title comes first, unless it would push the first lane out of reach.
      if (rowBottom - top > fits) top = row.y;
      bottom = rowBottom;
      first = false;
    } else if (rowBottom - top <= fits) {
      bottom = rowBottom;
    } else {
      parts.push(rect(top, bottom));
      top = row.y;
      bottom = rowBottom;
    }
  }
  parts.push(rect(top, bottom));
  return parts;
}

/**
 * The whole presentation: the overview, then each phase in its parts. `requiredZoom` says, per
 * phase and lane, the zoom its smallest text needs (the renderer measures the text); a lane
 * without notes of the phase is absent.
 */
export function planPresentation(options: {
  layout: GridLayout;
  phases: readonly Pick<Phase, 'id'>[];
  requiredZoom(phaseId: Id): ReadonlyMap<Id, number>;
  area: Viewport;
  margin: number;
}): PresentationStep[] {
  const { layout } = options;
  const plan: PresentationStep[] = [
    { ...OVERVIEW_STEP, parts: 1, rect: { x: 0, y: 0, width: Math.max(1, layout.right), height: Math.max(1, layout.bottom) } },
  ];
  for (const phase of options.phases) {
    const parts = phaseParts({ layout, phaseId: phase.id, requiredZoom: options.requiredZoom(phase.id), area: options.area, margin: options.margin });
    parts.forEach((rect, part) => plan.push({ phaseId: phase.id, part, parts: parts.length, rect }));
  }
  return plan;
}

/** The lanes holding notes of each phase, with no text to measure: one part per phase. */
export function lanesInUse(doc: Pick<JourneyDoc, 'notes'>, phaseId: Id): Map<Id, number> {
  const lanes = new Map<Id, number>();
  for (const id in doc.notes) {
    const note = doc.notes[id]!;
    if (note.phaseId === phaseId && note.laneId !== null) lanes.set(note.laneId, 0);
  }
  return lanes;
}

/** The phase in the spotlight, or null on the overview or when the phase no longer exists. */
export function spotlitPhase<P extends Pick<Phase, 'id'>>(state: { phaseId: Id | null }, phases: readonly P[]): P | null {
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
 * Where the projector looks when it stays on one phase (or the whole journey) outside a
 * presentation: the phase's column with its header, down to its lowest lane in use (when the
 * journey is given), and the lane titles on its left while they do not shrink the phase too
 * much. A phase far to the right would shrink to nothing if the lane titles had to fit too, so
 * past a point the frame is the column alone.
 */
export function stepRect(state: { phaseId: Id | null }, layout: GridLayout, doc?: Pick<JourneyDoc, 'notes'>): Rect {
  const column = state.phaseId === null ? undefined : layout.columnById.get(state.phaseId);
  if (!column) return { x: 0, y: 0, width: Math.max(1, layout.right), height: Math.max(1, layout.bottom) };
  const height = Math.max(1, doc ? phaseContentBottom(doc, layout, column.id) : layout.bottom);
  const withHeaders = column.x + column.width;
  return withHeaders <= column.width * 1.6 ? { x: 0, y: 0, width: withHeaders, height } : { x: column.x, y: 0, width: column.width, height };
}

/** The camera for stepRect: its board area fitted into the viewport. */
export function stepCamera(
  state: { phaseId: Id | null },
  layout: GridLayout,
  viewport: Viewport,
  options: { margin?: number; maxZoom?: number; doc?: Pick<JourneyDoc, 'notes'> } = {},
): Camera {
  return fitRect(stepRect(state, layout, options.doc), viewport, options);
}

/**
 * The board areas to dim while a phase is spotlit: the other phases' columns, full height.
 * The lane headers and the spotlit column stay bright. Nothing is dimmed on the overview.
 */
export function dimmedRects(state: { phaseId: Id | null }, layout: GridLayout): Rect[] {
  if (state.phaseId === null || !layout.columnById.has(state.phaseId)) return [];
  return layout.columns
    .filter((c) => c.id !== state.phaseId)
    .map((c) => ({ x: c.x, y: 0, width: c.width, height: layout.bottom }));
}
