/**
 * Builds the state the projector needs from the facilitator's stores. Pure given its inputs,
 * so the facilitator can compare against the last one sent and only post real changes.
 */
import type { ProjectorView, RoomState as RoomMessageState } from '../../shared/room/messages';
import type { Viewport } from '../../shared/camera/camera';
import { currentStep, stepIndex, type PresentationStep } from '../../shared/room/presentation';
import type { Camera } from '../../shared/camera/camera';
import type { RoomState } from './roomStore';

/** The presentation as the projector shows it: the step's numbers for its captions. */
export function presentationOf(presentation: RoomState['presentation'], plan: readonly PresentationStep[]): RoomMessageState['presentation'] {
  const step = presentation.active ? currentStep(plan, presentation) : undefined;
  return {
    active: presentation.active,
    phaseId: step ? step.phaseId : presentation.phaseId,
    part: step ? step.part : presentation.part,
    parts: step?.parts ?? 1,
    step: step ? stepIndex(plan, presentation) : 0,
    steps: Math.max(1, plan.length),
    questions: presentation.questions,
  };
}

/**
 * What the projector frames. While presenting, the current step's board area (so the
 * facilitator can look closer on the laptop without moving the room's picture); otherwise it
 * follows the facilitator or stays where the facilitator put it. Before the facilitator's
 * board has a size, the whole journey is shown.
 */
export function projectorViewOf(options: {
  projectorView: RoomState['projectorView'];
  presentation: RoomState['presentation'];
  plan: readonly PresentationStep[];
  camera: Camera;
  viewport: Viewport | null;
}): ProjectorView {
  const { projectorView, presentation, camera, viewport } = options;
  if (presentation.active) {
    const step = currentStep(options.plan, presentation);
    return step ? { mode: 'frame', rect: { ...step.rect } } : { mode: 'phase', phaseId: null };
  }
  if (projectorView.mode === 'phase') return { mode: 'phase', phaseId: projectorView.phaseId };
  if (viewport) return { mode: 'follow', camera: { x: camera.x, y: camera.y, zoom: camera.zoom }, viewport: { ...viewport } };
  return { mode: 'phase', phaseId: null };
}

export function roomBroadcast(options: {
  room: RoomState;
  /** The presentation's steps; only looked at while presenting. */
  plan: () => readonly PresentationStep[];
  journeyId: string | null;
  camera: Camera;
  viewport: Viewport | null;
  language: 'en' | 'de';
  look: RoomMessageState['look'];
}): RoomMessageState {
  const { room, journeyId, camera, viewport, language, look } = options;
  const plan = room.presentation.active ? options.plan() : [];
  return {
    journeyId,
    view: projectorViewOf({ projectorView: room.projectorView, presentation: room.presentation, plan, camera, viewport }),
    presentation: presentationOf(room.presentation, plan),
    timer: room.timer,
    fontScale: room.fontScale,
    showVotes: room.showVotes,
    brainwriting: room.round !== null,
    language,
    look,
  };
}
