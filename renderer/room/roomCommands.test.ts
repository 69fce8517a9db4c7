import { beforeEach, describe, expect, it } from 'vitest';
import { addNotes, computeGridLayout, createNote, fromDoc } from '../../shared/model';
import { visibleBoardRect } from '../../shared/camera/camera';
import { remainingMs } from '../../shared/room/timer';
import { roomTestDoc } from '../../shared/room/testJourney';
import { createBoardStore } from '../store/store';
import {
  addTimerMinute,
  clearAllVotes,
  enlargeForTheRoom,
  leavePresentation,
  nextVoter,
  revealBrainwriting,
  startBrainwriting,
  startPresentation,
  startTimebox,
  startVoting,
  stepPresentation,
  toggleTimer,
  typeVoteCount,
  voteOnNote,
  watchBrainwriting,
  type RoomContext,
} from './roomCommands';
import { createRoomStore } from './roomStore';
import { lanesInUse, planPresentation } from '../../shared/room/presentation';
import type { BoardStore } from '../store/store';

/** One part per phase: the plan without measured text. */
function basicPlan(board: BoardStore) {
  const doc = board.getState().doc!;
  const layout = computeGridLayout(doc.phases, doc.lanes);
  return planPresentation({ layout, phases: doc.phases, requiredZoom: (id) => lanesInUse(doc, id), area: { width: 1920, height: 1080 }, margin: 24 });
}

let clock = 0;
let ctx: RoomContext;

beforeEach(() => {
  clock = 1_000_000;
  const board = createBoardStore();
  board.getState().loadJourney(fromDoc(roomTestDoc().doc));
  board.temporal.getState().clear();
  ctx = { board, room: createRoomStore(), now: () => clock, plan: () => basicPlan(board) };
});

const votes = () => Object.fromEntries(Object.values(ctx.board.getState().doc!.notes).map((n) => [n.id, n.votes ?? 0]));
const undo = () => ctx.board.temporal.getState().undo();

describe('room commands: timer', () => {
  it('starts, pauses, resumes and adds a minute by the injected clock', () => {
    startTimebox(ctx, 5);
    clock += 60_000;
    toggleTimer(ctx);
    expect(ctx.room.getState().timer).toMatchObject({ status: 'paused', remainingMs: 240_000 });
    clock += 999_000;
    toggleTimer(ctx);
    addTimerMinute(ctx);
    expect(remainingMs(ctx.room.getState().timer, clock)).toBe(300_000);
    expect(ctx.room.getState().settings.timerMinutes).toBe(5);
  });
});

describe('room commands: presentation', () => {
  it('steps through phases and moves the facilitator camera to each', () => {
    const viewport = { width: 1280, height: 800 };
    startPresentation(ctx, viewport);
    const overview = ctx.board.getState().camera;
    stepPresentation(ctx, 1, viewport);
    stepPresentation(ctx, 1, viewport);
    const second = ctx.board.getState().doc!.phases[1]!.id;
    expect(ctx.room.getState().presentation).toEqual({ active: true, phaseId: second, part: 0, questions: 'mapping' });
    const shown = visibleBoardRect(ctx.board.getState().camera, viewport);
    const column = computeGridLayout(ctx.board.getState().doc!.phases, ctx.board.getState().doc!.lanes).columnById.get(second)!;
    expect(ctx.board.getState().camera).not.toEqual(overview);
    expect(shown.x).toBeLessThanOrEqual(column.x);
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(column.x + column.width);
    stepPresentation(ctx, -1, viewport);
    stepPresentation(ctx, -1, viewport);
    expect(ctx.room.getState().presentation.phaseId).toBeNull();
    leavePresentation(ctx);
    stepPresentation(ctx, 1, viewport);
    expect(ctx.room.getState().presentation).toEqual({ active: false, phaseId: null, part: 0, questions: 'mapping' });
  });
});

describe('room commands: voting', () => {
  it('each click is one undoable vote, refused once the voter has used their dots', () => {
    ctx.room.setState({ settings: { ...ctx.room.getState().settings, votingRules: { dotsPerParticipant: 2, participants: 3, unit: 'participants', maxDotsPerNote: null } } });
    startVoting(ctx, 'click');
    nextVoter(ctx);
    voteOnNote(ctx, 'a', 1);
    voteOnNote(ctx, 'a', 1);
    voteOnNote(ctx, 'b', 1);
    expect(ctx.room.getState().voting?.lastOutcome).toBe('turnSpent');
    expect(votes()).toMatchObject({ a: 2, b: 0 });
    nextVoter(ctx);
    expect(ctx.room.getState().voting?.turn?.voter).toBe(2);
    voteOnNote(ctx, 'a', -1);
    expect(ctx.room.getState().voting?.lastOutcome).toBe('notThisTurn');
    voteOnNote(ctx, 'b', 1);
    undo();
    expect(votes()).toMatchObject({ a: 2, b: 0 });
    undo();
    expect(votes()).toMatchObject({ a: 1 });
  });

  it('tally mode takes typed counts; clearing is one undo step', () => {
    startVoting(ctx, 'tally');
    typeVoteCount(ctx, 'c', 12);
    typeVoteCount(ctx, 'd', 4);
    clearAllVotes(ctx);
    expect(votes()).toMatchObject({ c: 0, d: 0 });
    undo();
    expect(votes()).toMatchObject({ c: 12, d: 4 });
  });
});

describe('room commands: brainwriting', () => {
  it('covers notes written in the round within their own undo step and reveals them in one', () => {
    const stop = watchBrainwriting(ctx);
    startBrainwriting(ctx);
    ctx.board.getState().changeDoc((doc) => addNotes(doc, [createNote({ id: 'idea', text: 'Live chat' })]));
    expect(ctx.board.getState().doc!.notes.idea!.covered).toBe(true);
    expect(ctx.board.getState().doc!.notes.a!.covered).toBeUndefined();
    undo();
    expect(ctx.board.getState().doc!.notes.idea).toBeUndefined();
    ctx.board.temporal.getState().redo();
    expect(ctx.board.getState().doc!.notes.idea!.covered).toBe(true);
    revealBrainwriting(ctx);
    expect(ctx.board.getState().doc!.notes.idea!.covered).toBeUndefined();
    expect(ctx.room.getState().round).toBeNull();
    undo();
    expect(ctx.board.getState().doc!.notes.idea!.covered).toBe(true);
    // After the round, new notes are written face up.
    ctx.board.getState().changeDoc((doc) => addNotes(doc, [createNote({ id: 'later' })]));
    expect(ctx.board.getState().doc!.notes.later!.covered).toBeUndefined();
    stop();
  });
});

describe('room commands: enlarge for the room', () => {
  it('grows projector text first, then zooms the facilitator camera', () => {
    const geometry = { zoom: 1, deviceScale: 1, windowHeight: 1080 };
    const scaled = (scale: number) => [16 * scale];
    enlargeForTheRoom(ctx, { fontSizesAt: scaled, geometry, facilitatorViewport: { width: 1280, height: 800 } });
    expect(ctx.room.getState().fontScale).toBe(1.5);
    ctx.room.setState({ fontScale: 1 });
    ctx.board.getState().setCamera({ x: 0, y: 0, zoom: 0.2 });
    enlargeForTheRoom(ctx, { fontSizesAt: scaled, geometry: { ...geometry, zoom: 0.2 * 1.35 }, facilitatorViewport: { width: 1280, height: 800 } });
    expect(ctx.room.getState().fontScale).toBe(1);
    expect(ctx.board.getState().camera.zoom * 1.35 * 16).toBeCloseTo(24);
  });
});
