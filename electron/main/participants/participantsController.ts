/**
 * The desktop app's side of the participants' session: main owns the service (a plain module,
 * electron/participants), the facilitator's window reaches it through the validated IPC
 * channels, and every snapshot goes back as an event. It only ever listens on an address the
 * laptop really has (the one the facilitator picked), and stops with the session, with the
 * facilitator's window and when the app quits.
 */
import { EMPTY_SNAPSHOT, type FacilitatorCommand, type SessionSnapshot } from '../../../shared/participants/facilitatorMessages';
import type { LanNetwork, ParticipantsStartOptions } from '../../../shared/ipc/channels';
import type { LanAddress } from '../../participants/networkInterfaces';
import type { StandaloneParticipants } from '../../participants/standalone';

export interface ParticipantsController {
  networks(): LanNetwork[];
  start(options: ParticipantsStartOptions): Promise<SessionSnapshot>;
  command(command: FacilitatorCommand): Promise<SessionSnapshot>;
  stop(): Promise<void>;
}

export function createParticipantsController(deps: {
  service: StandaloneParticipants;
  lanAddresses(): LanAddress[];
  notify(snapshot: SessionSnapshot): void;
}): ParticipantsController {
  deps.service.onSnapshot((snapshot) => deps.notify(snapshot));
  return {
    networks: () => deps.lanAddresses(),
    async start(options) {
      if (!deps.lanAddresses().some((n) => n.address === options.address)) return { ...EMPTY_SNAPSHOT, error: 'noNetwork' };
      try {
        return await deps.service.start({ host: options.address, anonymousAllowed: options.anonymousAllowed });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return { ...EMPTY_SNAPSHOT, error: code === 'EADDRNOTAVAIL' ? 'noNetwork' : code === 'EADDRINUSE' ? 'portInUse' : 'failed' };
      }
    },
    async command(command) {
      if (command.type === 'start') return deps.service.snapshot(); // starting needs an address: participants:start
      if (command.type === 'stop') {
        await deps.service.stop();
        return EMPTY_SNAPSHOT;
      }
      return deps.service.command(command);
    },
    stop: () => deps.service.stop(),
  };
}
