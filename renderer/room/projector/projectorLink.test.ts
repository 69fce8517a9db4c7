import { describe, expect, it } from 'vitest';
import type { RoomMessage, RoomState } from '../../../shared/room/messages';
import type { RoomChannel } from '../roomChannel';
import { linkProjector } from './projectorLink';

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

const status = { viewport: { width: 1920, height: 1080 }, deviceScale: 1 };

describe('projector link', () => {
  it('says hello with its size, beats, forwards the clicker and says goodbye', () => {
    const fake = fakeChannel();
    let beat: (() => void) | null = null;
    const link = linkProjector({
      channel: fake.channel,
      status: () => status,
      onState: () => undefined,
      onLaser: () => undefined,
      onCloseRequest: () => undefined,
      setInterval: (fn) => {
        beat = fn;
        return () => (beat = null);
      },
    });
    expect(fake.sent).toEqual([{ type: 'hello' }, { type: 'projector', status }]);
    beat!();
    link.step(-1);
    link.bye();
    expect(fake.sent.slice(2)).toEqual([{ type: 'projector', status }, { type: 'step', direction: -1 }, { type: 'bye' }]);
    link.close();
    expect(beat).toBeNull();
  });

  it('hands on the state, the laser and a request to close', () => {
    const fake = fakeChannel();
    const got: unknown[] = [];
    linkProjector({
      channel: fake.channel,
      status: () => status,
      onState: (s) => got.push(['state', s.journeyId]),
      onLaser: (p) => got.push(['laser', p]),
      onCloseRequest: () => got.push(['close']),
      setInterval: () => () => undefined,
    });
    fake.receive({ type: 'state', state: { journeyId: 'j' } as RoomState });
    fake.receive({ type: 'laser', point: { x: 1, y: 2 } });
    fake.receive({ type: 'laser', point: null });
    fake.receive({ type: 'hello' });
    fake.receive({ type: 'close' });
    expect(got).toEqual([['state', 'j'], ['laser', { x: 1, y: 2 }], ['laser', null], ['close']]);
  });
});
