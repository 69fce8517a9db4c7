import { describe, expect, it } from 'vitest';
import { parseRoomMessage, type RoomState } from './messages';
import { startTimer } from './timer';

const state: RoomState = {
  journeyId: 'j1',
  view: { mode: 'follow', camera: { x: 10, y: 20, zoom: 0.5 }, viewport: { width: 1280, height: 800 } },
  presentation: { active: true, phaseId: 'p1', part: 0, parts: 2, step: 1, steps: 5, questions: 'mapping' },
  timer: startTimer(300_000, 1_000),
  fontScale: 1.5,
  showVotes: true,
  brainwriting: false,
  language: 'de',
  look: { font: 'handwriting', palette: 'standard' },
};

describe('room messages', () => {
  it('accepts every well-formed message', () => {
    expect(parseRoomMessage({ type: 'state', state })).toEqual({ type: 'state', state });
    expect(parseRoomMessage({ type: 'laser', point: { x: 1, y: 2 } })).not.toBeNull();
    expect(parseRoomMessage({ type: 'laser', point: null })).not.toBeNull();
    expect(parseRoomMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseRoomMessage({ type: 'bye' })).toEqual({ type: 'bye' });
    expect(parseRoomMessage({ type: 'close' })).toEqual({ type: 'close' });
    expect(parseRoomMessage({ type: 'step', direction: -1 })).toEqual({ type: 'step', direction: -1 });
    expect(parseRoomMessage({ type: 'step', direction: 5 })).toBeNull();
    expect(parseRoomMessage({ type: 'projector', status: { viewport: { width: 1920, height: 1080 }, deviceScale: 1 } })).not.toBeNull();
    expect(parseRoomMessage({ type: 'state', state: { ...state, view: { mode: 'phase', phaseId: null } } })).not.toBeNull();
    expect(parseRoomMessage({ type: 'state', state: { ...state, view: { mode: 'frame', rect: { x: 0, y: 0, width: 480, height: 312 } } } })).not.toBeNull();
  });

  it('drops malformed messages and unknown keys', () => {
    for (const bad of [
      null,
      42,
      'state',
      { type: 'nope' },
      { type: 'state', state: { ...state, fontScale: Number.POSITIVE_INFINITY } },
      { type: 'state', state: { ...state, journeyId: '../x' } },
      { type: 'laser', point: { x: Number.NaN, y: 0 } },
      { type: 'state', state: { ...state, view: { mode: 'frame', rect: { x: 0, y: 0, width: 0, height: 312 } } } },
      { type: 'projector', status: { viewport: { width: 0, height: 1080 }, deviceScale: 1 } },
    ]) {
      expect(parseRoomMessage(bad)).toBeNull();
    }
    const extra = parseRoomMessage({ type: 'hello', evil: '<script>' });
    expect(extra).toEqual({ type: 'hello' });
  });
});
