/**
 * What the room panel, the presentation keys and the named actions do. Each command reads and
 * writes the room store; those that change votes or covered notes go through the board store's
 * `changeDoc`, so they are undoable, autosaved and synced like any other edit, and end with the
 * journey's rules (../store/journeyRules.ts). The buttons and keys reach them as named actions
 * (roomActions.ts, roomPanelActions.ts).
 */
import type { Id, JourneyDoc } from '../../shared/model';
import { coverNewNotes, revealAll, startRound } from '../../shared/room/brainwriting';
import { fitRect, zoomAroundCentre, type Camera, type Viewport } from '../../shared/camera/camera';
import { clampThreshold, enlargeForRoom, type ProjectorGeometry } from '../../shared/room/legibility';
import { currentStep, nextStep, previousStep, type PresentationState, type PresentationStep } from '../../shared/room/presentation';
import { addMinute, MINUTE_MS, pauseTimer, resumeTimer, settleTimer, startTimer, stopTimer } from '../../shared/room/timer';
import { castVote, clearVotes, normaliseRules, removeVote, setVoteCount, startTurn, type VotingRules } from '../../shared/room/voting';
import type { BoardStore } from '../store/store';
import { clampTimerMinutes, saveRoomSettings, type RoomSettings } from './roomSettings';
import type { GuidingQuestionSet, ProjectorViewChoice, RoomStore, VotingMode } from './roomStore';

export interface RoomContext {
  board: BoardStore;
  room: RoomStore;
  now(): number;
  /** The presentation's steps for the open journey on the projector (presentationPlan.ts). */
  plan(): PresentationStep[];
}

function updateSettings(ctx: RoomContext, patch: Partial<RoomSettings>): void {
  const settings = { ...ctx.room.getState().settings, ...patch };
  ctx.room.setState({ settings });
  saveRoomSettings(settings);
}

// ---------------------------------------------------------------- timer

export function startTimebox(ctx: RoomContext, minutes: number): void {
  const m = clampTimerMinutes(minutes);
  updateSettings(ctx, { timerMinutes: m });
  ctx.room.setState({ timer: startTimer(m * MINUTE_MS, ctx.now()) });
}

/** Pause when running, resume when paused; starts the last timebox when there is none. */
export function toggleTimer(ctx: RoomContext): void {
  const timer = settleTimer(ctx.room.getState().timer, ctx.now());
  if (timer.status === 'running') ctx.room.setState({ timer: pauseTimer(timer, ctx.now()) });
  else if (timer.status === 'paused') ctx.room.setState({ timer: resumeTimer(timer, ctx.now()) });
  else startTimebox(ctx, ctx.room.getState().settings.timerMinutes);
}

export function addTimerMinute(ctx: RoomContext): void {
  ctx.room.setState({ timer: addMinute(ctx.room.getState().timer, ctx.now()) });
}

export function stopTimebox(ctx: RoomContext): void {
  ctx.room.setState({ timer: stopTimer() });
}

export function setTimerSound(ctx: RoomContext, on: boolean): void {
  updateSettings(ctx, { timerSound: on });
}

// ---------------------------------------------------------------- presentation and projector view

/**
 * Moves the facilitator's camera to show what the projector shows for this step, so that the
 * laptop and the room look at the same part of the board (and the laser lands where meant).
 */
function frameStep(ctx: RoomContext, state: PresentationState, viewport: Viewport | null): void {
  const step = currentStep(ctx.plan(), state);
  if (!step || !viewport) return;
  ctx.board.getState().setCamera(fitRect(step.rect, viewport, { margin: 24 }));
}

export function startPresentation(ctx: RoomContext, viewport: Viewport | null): void {
  const current = ctx.room.getState().presentation;
  const plan = ctx.plan();
  // Resume where the last presentation stopped, if that phase is still there.
  const step = currentStep(plan, current) ?? plan[0];
  const at = { phaseId: step?.phaseId ?? null, part: step?.part ?? 0 };
  ctx.room.setState({ presentation: { ...current, active: true, ...at }, projectorView: { mode: 'follow' } });
  ctx.board.getState().clearSelection();
  frameStep(ctx, at, viewport);
}

export function leavePresentation(ctx: RoomContext): void {
  ctx.room.setState({ presentation: { ...ctx.room.getState().presentation, active: false }, laser: false });
}

export function stepPresentation(ctx: RoomContext, direction: 1 | -1, viewport: Viewport | null): void {
  const { presentation } = ctx.room.getState();
  if (!presentation.active) return;
  const plan = ctx.plan();
  const step = direction === 1 ? nextStep(plan, presentation) : previousStep(plan, presentation);
  ctx.room.setState({ presentation: { ...presentation, ...step } });
  frameStep(ctx, step, viewport);
}

export function setGuidingQuestions(ctx: RoomContext, questions: GuidingQuestionSet): void {
  ctx.room.setState({ presentation: { ...ctx.room.getState().presentation, questions } });
}

export function setProjectorView(ctx: RoomContext, view: ProjectorViewChoice): void {
  ctx.room.setState({ projectorView: view });
}

export function toggleLaser(ctx: RoomContext): void {
  ctx.room.setState({ laser: !ctx.room.getState().laser });
}

// ---------------------------------------------------------------- legibility

export function setThreshold(ctx: RoomContext, px: number): void {
  updateSettings(ctx, { thresholdPx: clampThreshold(px) });
}

/**
 * "Enlarge for the room": larger note text on the projector, or, past the largest text that
 * still fits a note, a closer camera. When the projector follows the facilitator the camera
 * change is made on the facilitator's side, so both keep showing the same part of the board.
 */
export function enlargeForTheRoom(
  ctx: RoomContext,
  options: { fontSizesAt(fontScale: number): readonly number[]; geometry: ProjectorGeometry; facilitatorViewport: Viewport | null },
): void {
  const { fontScale, settings } = ctx.room.getState();
  const e = enlargeForRoom({ fontSizesAt: options.fontSizesAt, currentFontScale: fontScale, geometry: options.geometry, thresholdPx: settings.thresholdPx });
  if (e.kind === 'fontScale') ctx.room.setState({ fontScale: e.fontScale });
  else if (e.kind === 'zoom' && options.facilitatorViewport) {
    const camera: Camera = ctx.board.getState().camera;
    // The projector's zoom is the facilitator's times a fixed ratio: scale the facilitator's by the same factor.
    const factor = e.zoom / options.geometry.zoom;
    ctx.board.getState().setCamera(zoomAroundCentre(camera, options.facilitatorViewport, camera.zoom * factor));
  }
}

export function resetFontScale(ctx: RoomContext): void {
  ctx.room.setState({ fontScale: 1 });
}

// ---------------------------------------------------------------- dot voting

export function setVotingRules(ctx: RoomContext, rules: VotingRules): void {
  updateSettings(ctx, { votingRules: normaliseRules(rules) });
}

export function startVoting(ctx: RoomContext, mode: VotingMode): void {
  // The selection stays: V gives the selected note a dot, a digit starts typing its count.
  ctx.room.setState({ voting: { mode, turn: null, lastOutcome: null }, showVotes: true });
}

export function stopVoting(ctx: RoomContext): void {
  ctx.room.setState({ voting: null });
}

/** Passes the laptop to the next voter: their own dots, counted from now. */
export function nextVoter(ctx: RoomContext): void {
  const { voting, settings } = ctx.room.getState();
  const doc = ctx.board.getState().doc;
  if (!voting || !doc) return;
  const previous = voting.turn?.voter ?? 0;
  const voter = previous >= settings.votingRules.participants ? 1 : previous + 1;
  ctx.room.setState({ voting: { ...voting, turn: startTurn(doc, voter), lastOutcome: null } });
}

export function stopTurns(ctx: RoomContext): void {
  const { voting } = ctx.room.getState();
  if (voting) ctx.room.setState({ voting: { ...voting, turn: null, lastOutcome: null } });
}

/** A click on a note in voting mode: one dot on (delta 1) or off (delta -1). */
export function voteOnNote(ctx: RoomContext, noteId: Id, delta: 1 | -1): void {
  const { voting, settings } = ctx.room.getState();
  if (!voting) return;
  let outcome: ReturnType<typeof castVote>['outcome'] | ReturnType<typeof removeVote>['outcome'] | null = null;
  ctx.board.getState().changeDoc((doc) => {
    const result = delta === 1 ? castVote(doc, noteId, { rules: settings.votingRules, turn: voting.turn }) : removeVote(doc, noteId, voting.turn);
    outcome = result.outcome;
    return result.doc;
  });
  ctx.room.setState({ voting: { ...voting, lastOutcome: outcome } });
}

export function typeVoteCount(ctx: RoomContext, noteId: Id, count: number): void {
  ctx.board.getState().changeDoc((doc) => setVoteCount(doc, noteId, count));
}

export function clearAllVotes(ctx: RoomContext): void {
  ctx.board.getState().changeDoc(clearVotes);
  const { voting } = ctx.room.getState();
  const doc = ctx.board.getState().doc;
  // A turn counts growth since it began: after clearing, it begins again from zero.
  if (voting?.turn && doc) ctx.room.setState({ voting: { ...voting, turn: startTurn(doc, voting.turn.voter) } });
}

export function setShowVotes(ctx: RoomContext, show: boolean): void {
  ctx.room.setState({ showVotes: show });
}

export function setTallyOpen(ctx: RoomContext, open: boolean): void {
  ctx.room.setState({ tallyOpen: open });
}

// ---------------------------------------------------------------- hidden brainwriting

export function startBrainwriting(ctx: RoomContext): void {
  const doc = ctx.board.getState().doc;
  if (!doc) return;
  ctx.room.setState({ round: startRound(doc) });
}

/** Ends the round and turns every covered note face up, as one undo step. */
export function revealBrainwriting(ctx: RoomContext): void {
  ctx.room.setState({ round: null });
  ctx.board.getState().changeDoc(revealAll);
}

/**
 * While a round runs, covers each note as it is written. The covering is folded into the
 * step that created the note (undo history paused), so one undo removes the note instead of
 * first uncovering it.
 */
export function watchBrainwriting(ctx: RoomContext): () => void {
  return ctx.board.subscribe((state, previous) => {
    const round = ctx.room.getState().round;
    if (!round || !state.doc || state.doc === previous.doc) return;
    const result = coverNewNotes(round, state.doc);
    if (result.round !== round) ctx.room.setState({ round: result.round });
    if (result.doc === state.doc) return;
    const doc: JourneyDoc = result.doc;
    const temporal = ctx.board.temporal.getState();
    temporal.pause();
    try {
      ctx.board.setState({ doc });
    } finally {
      temporal.resume();
    }
  });
}
