import { beforeEach, describe, expect, it } from 'vitest';
import { computeGridLayout, fromDoc } from '../../shared/model';
import { lanesInUse, planPresentation } from '../../shared/room/presentation';
import type { RoomMessage } from '../../shared/room/messages';
import { roomTestDoc } from '../../shared/room/testJourney';
import { createBoardStore } from '../store/store';
import { linkFacilitator, PROJECTOR_TIMEOUT_MS } from './facilitatorLink';
import type { RoomChannel } from './roomChannel';
import { startTimebox, setProjectorView } from './roomCommands';
import { createRoomStore } from './roomStore';

function fakeChannel() {
  const sent: RoomMessage[] = [];
  let listener: ((m: RoomMessage) => void) | null = null;
  const channel: RoomChannel = {
    post: (m) => sent.push(m),
    subscribe: (l) => {
      listener = l;
      return () => (listener = null);
    },
    close: () => undefined,
  };
  return { channel, sent, receive: (m: RoomMessage) => listener?.(m) };
}

let clock = 0;
let tick: (() => void) | null = null;

function setup() {
  const board = createBoardStore();
  board.getState().loadJourney(fromDoc(roomTestDoc().doc));
  const room = createRoomStore();
  const fake = fakeChannel();
  const plan = () => {
    const doc = board.getState().doc!;
    const layout = computeGridLayout(doc.phases, doc.lanes);
    return planPresentation({ layout, phases: doc.phases, requiredZoom: (id) => lanesInUse(doc, id), area: { width: 1920, height: 1080 }, margin: 24 });
  };
  const link = linkFacilitator({
    board,
    room,
    plan,
    now: () => clock,
    channel: fake.channel,
    viewport: () => ({ width: 1280, height: 800 }),
    language: () => 'de',
    setInterval: (fn) => {
      tick = fn;
      return () => (tick = null);
    },
  });
  return { board, room, fake, link, ctx: { board, room, now: () => clock, plan } };
}

beforeEach(() => {
  clock = 5_000;
});

describe('facilitator link', () => {
  it('sends the state at once, on each change, and not twice for the same state', () => {
    const { board, fake, ctx } = setup();
    expect(fake.sent).toHaveLength(1);
    const first = fake.sent[0]!;
    expect(first.type === 'state' && first.state.view.mode).toBe('follow');
    expect(first.type === 'state' && first.state.language).toBe('de');
    board.getState().setCamera({ x: 10, y: 20, zoom: 0.5 });
    startTimebox(ctx, 3);
    board.getState().clearSelection();
    expect(fake.sent.map((m) => m.type)).toEqual(['state', 'state', 'state']);
    const last = fake.sent.at(-1)!;
    expect(last.type === 'state' && last.state.timer.status).toBe('running');
    setProjectorView(ctx, { mode: 'phase', phaseId: null });
    const phase = fake.sent.at(-1)!;
    expect(phase.type === 'state' && phase.state.view).toEqual({ mode: 'phase', phaseId: null });
  });

  it('answers a projector hello with the full state', () => {
    const { fake } = setup();
    fake.receive({ type: 'hello' });
    expect(fake.sent).toHaveLength(2);
  });

  it('knows when the projector is there, closed or lost', () => {
    const { room, fake } = setup();
    const status = { viewport: { width: 1920, height: 1080 }, deviceScale: 1 };
    fake.receive({ type: 'projector', status });
    expect(room.getState().projector).toMatchObject({ connected: true, status, notice: null });
    fake.receive({ type: 'bye' });
    expect(room.getState().projector).toMatchObject({ connected: false, notice: 'closed' });
    fake.receive({ type: 'projector', status });
    clock += PROJECTOR_TIMEOUT_MS - 1;
    tick!();
    expect(room.getState().projector.connected).toBe(true);
    clock += 2;
    tick!();
    expect(room.getState().projector).toMatchObject({ connected: false, notice: 'lost' });
  });

  it('steps the presentation when the clicker is pressed on the projector', () => {
    const { room, fake, ctx } = setup();
    room.setState({ presentation: { active: true, phaseId: null, part: 0, questions: 'mapping' } });
    fake.receive({ type: 'step', direction: 1 });
    expect(room.getState().presentation.phaseId).toBe(ctx.board.getState().doc!.phases[0]!.id);
  });

  it('stops listening when closed', () => {
    const { fake, link, board } = setup();
    link.close();
    board.getState().setCamera({ x: 1, y: 2, zoom: 1 });
    expect(fake.sent).toHaveLength(1);
    expect(tick).toBeNull();
  });
});
