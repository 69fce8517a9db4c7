/**
 * The presentation's steps for this journey on this projector: the overview, then each phase
 * in as many parts as its text needs to be read from the back of the room. The renderer
 * measures the notes' text in the projector's look; the cutting into parts is pure
 * (shared/room/presentation).
 */
import { computeGridLayout, type Id, type JourneyDoc } from '../../shared/model';
import { zoomForLegibility } from '../../shared/room/legibility';
import type { ProjectorStatus } from '../../shared/room/messages';
import { boardArea, PROJECTOR_MARGIN } from '../../shared/camera/projector';
import { planPresentation, type PresentationStep } from '../../shared/room/presentation';
import { noteLayout } from '../canvas/draw/drawNote';
import { noteTextLayouts } from '../canvas/draw/measure';
import type { BoardFontName } from '../canvas/draw/theme';
import type { PaletteName } from '../../shared/model';
import { projectorTheme } from './draw/projectorTheme';
import type { GuidingQuestionSet } from './roomStore';

export interface PlanInput {
  doc: JourneyDoc;
  projector: ProjectorStatus;
  thresholdPx: number;
  fontScale: number;
  look: { font: BoardFontName; palette: PaletteName };
  questions: GuidingQuestionSet;
}

export function presentationPlan(input: PlanInput): PresentationStep[] {
  const { doc, projector, thresholdPx, fontScale, look, questions } = input;
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const theme = projectorTheme({ ...look, fontScale });
  const geometry = { deviceScale: projector.deviceScale, windowHeight: projector.viewport.height };
  const byPhase = new Map<Id, Map<Id, number>>();
  for (const id in doc.notes) {
    const note = doc.notes[id]!;
    if (note.phaseId === null || note.laneId === null) continue;
    let lanes = byPhase.get(note.phaseId);
    if (!lanes) byPhase.set(note.phaseId, (lanes = new Map()));
    // Covered and empty notes have nothing to read, but their lane is still shown.
    const readable = !note.covered && note.text.trim() !== '';
    const zoom = readable ? zoomForLegibility(noteLayout(note, { theme, layouts: noteTextLayouts }).fontSize, geometry, thresholdPx) : 0;
    lanes.set(note.laneId, Math.max(lanes.get(note.laneId) ?? 0, zoom));
  }
  // Phase steps show the guiding questions beside the phase (unless they are turned off).
  const frame = { view: { mode: 'phase' as const, phaseId: null }, presentation: { active: true, phaseId: 'phase', part: 0, parts: 1, step: 1, steps: 2, questions } };
  const area = boardArea(frame, projector.viewport);
  return planPresentation({
    layout,
    phases: doc.phases,
    requiredZoom: (phaseId) => byPhase.get(phaseId) ?? new Map(),
    area: { width: area.width, height: area.height },
    margin: PROJECTOR_MARGIN,
  });
}

let memo: { key: unknown[]; plan: PresentationStep[] } | null = null;

/** The same plan again while nothing it depends on changed (it is asked for on every camera frame). */
export function memoPresentationPlan(input: PlanInput): PresentationStep[] {
  const key = [input.doc.notes, input.doc.phases, input.doc.lanes, JSON.stringify(input.projector), input.thresholdPx, input.fontScale, input.look.font, input.look.palette, input.questions];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.plan;
  const plan = presentationPlan(input);
  memo = { key, plan };
  return plan;
}
