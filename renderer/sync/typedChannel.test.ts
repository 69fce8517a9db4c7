import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTypedChannel, type TypedChannel } from './typedChannel';

const Ping = z.object({ type: z.literal('ping'), n: z.number().int() });
type Ping = z.infer<typeof Ping>;
const parsePing = (data: unknown): Ping | null => {
  const parsed = Ping.safeParse(data);
  return parsed.success ? parsed.data : null;
};

const open: TypedChannel<Ping>[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

function channel(name: string): TypedChannel<Ping> {
  const c = openTypedChannel(name, parsePing);
  open.push(c);
  return c;
}

describe('typed channel', () => {
  it('delivers valid messages to the other windows only, after checking them', async () => {
    const a = channel('typed-test-1');
    const b = channel('typed-test-1');
    const received: Ping[] = [];
    const ownEcho: Ping[] = [];
    a.subscribe((m) => ownEcho.push(m));
    const arrived = new Promise<void>((resolve) =>
      b.subscribe((m) => {
        received.push(m);
        if (m.n === 2) resolve();
      }),
    );
    const raw = new BroadcastChannel('typed-test-1');
    raw.postMessage({ type: 'ping', n: 'one' });
    raw.postMessage('garbage');
    a.post({ type: 'ping', n: 2 });
    await arrived;
    raw.close();
    expect(received).toEqual([{ type: 'ping', n: 2 }]);
    expect(ownEcho).toEqual([]);
  });

  it('stops delivering after unsubscribe and close, and posting on a closed channel is harmless', async () => {
    const a = channel('typed-test-2');
    const b = channel('typed-test-2');
    const seen: Ping[] = [];
    const off = b.subscribe((m) => seen.push(m));
    off();
    a.close();
    expect(() => a.post({ type: 'ping', n: 1 })).not.toThrow();
    expect(seen).toEqual([]);
  });

  it('talks to no one where BroadcastChannel does not exist', () => {
    const c = openTypedChannel('typed-test-3', parsePing, null);
    expect(() => c.post({ type: 'ping', n: 1 })).not.toThrow();
    expect(typeof c.subscribe(() => undefined)).toBe('function');
  });
});
