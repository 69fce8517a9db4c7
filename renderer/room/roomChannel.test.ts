import { afterEach, describe, expect, it } from 'vitest';
import { openRoomChannel, type RoomChannel } from './roomChannel';
import type { RoomMessage } from '../../shared/room/messages';

const open: RoomChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

function channel() {
  const c = openRoomChannel();
  open.push(c);
  return c;
}

function nextMessage(c: RoomChannel): Promise<RoomMessage> {
  return new Promise((resolve) => {
    const off = c.subscribe((m) => {
      off();
      resolve(m);
    });
  });
}

describe('room channel', () => {
  it('delivers valid messages to the other side and drops malformed ones', async () => {
    const facilitator = channel();
    const projector = channel();
    const raw = new BroadcastChannel('journeyboard-room');
    const received = nextMessage(facilitator);
    raw.postMessage({ type: 'state', state: 'nonsense' });
    raw.postMessage({ type: 'laser', point: { x: 1, y: Infinity } });
    projector.post({ type: 'hello' });
    expect(await received).toEqual({ type: 'hello' });
    raw.close();
  });
});
