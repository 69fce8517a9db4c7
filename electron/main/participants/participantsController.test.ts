import { describe, expect, it, vi } from 'vitest';
import { EMPTY_SNAPSHOT } from '../../../shared/participants/facilitatorMessages';
import { invokeSchemas } from '../../../shared/ipc/contract';
import type { StandaloneParticipants } from '../../participants/standalone';
import { createParticipantsController } from './participantsController';

function fakeService(): StandaloneParticipants {
  return {
    start: vi.fn(async () => ({ ...EMPTY_SNAPSHOT, counts: { joined: 0, notesArrived: 0, votesCast: 0 } })),
    command: vi.fn(() => EMPTY_SNAPSHOT),
    stop: vi.fn(async () => {}),
    onSnapshot: vi.fn(() => () => {}),
    snapshot: vi.fn(() => EMPTY_SNAPSHOT),
  };
}

describe('participants over IPC', () => {
  it('listens only on an address the laptop has', async () => {
    const service = fakeService();
    const controller = createParticipantsController({ service, lanAddresses: () => [{ name: 'wlan0', address: '192.168.1.5' }], notify: () => {} });
    expect((await controller.start({ address: '10.9.9.9', anonymousAllowed: false })).error).toBe('noNetwork');
    expect(service.start).not.toHaveBeenCalled();
    await controller.start({ address: '192.168.1.5', anonymousAllowed: true });
    expect(service.start).toHaveBeenCalledWith({ host: '192.168.1.5', anonymousAllowed: true });
  });

  it('stopping closes the service', async () => {
    const service = fakeService();
    const controller = createParticipantsController({ service, lanAddresses: () => [], notify: () => {} });
    expect(await controller.command({ type: 'stop' })).toEqual(EMPTY_SNAPSHOT);
    expect(service.stop).toHaveBeenCalled();
  });

  it('the contract refuses bad payloads before they reach main', () => {
    const start = invokeSchemas['participants:start'];
    expect(start.safeParse([{ address: '192.168.1.5', anonymousAllowed: false }]).success).toBe(true);
    expect(start.safeParse([{ address: '0.0.0.0; rm -rf', anonymousAllowed: false }]).success).toBe(false);
    expect(start.safeParse([{ address: '192.168.1.5', anonymousAllowed: false, port: 80 }]).success).toBe(false);
    const command = invokeSchemas['participants:command'];
    expect(command.safeParse([{ type: 'admit', participantId: 'abc' }]).success).toBe(true);
    expect(command.safeParse([{ type: 'readFile', path: '/etc/passwd' }]).success).toBe(false);
    expect(command.safeParse([{ type: 'openVote', notes: [], dots: 3, maxPerNote: null }]).success).toBe(false);
  });
});
