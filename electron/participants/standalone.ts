/**
 * The desktop app's participants' server: its own HTTP server on the interface the
 * facilitator chose and a free port, serving only the participants' routes. It exists only
 * while a session runs: `stop` ends the session and closes the port.
 */
import type { Server, ServerResponse } from 'node:http';
import { EMPTY_SNAPSHOT, type FacilitatorCommand, type SessionSnapshot } from '../../shared/participants/facilitatorMessages';
import { createHardenedServer, listen } from './httpServer';
import type { PhoneFiles } from './phoneFiles';
import { createParticipantsService, type ParticipantsService, type ServiceLimits } from './service';

export interface StandaloneOptions {
  phoneFiles: () => PhoneFiles;
  limits?: Partial<ServiceLimits>;
  now?: () => number;
}

export interface StandaloneParticipants {
  /** Opens the port on `host` and starts a session; resolves with the first snapshot. */
  start(options: { host: string; port?: number; anonymousAllowed: boolean }): Promise<SessionSnapshot>;
  command(command: FacilitatorCommand): SessionSnapshot;
  stop(): Promise<void>;
  onSnapshot(listener: (snapshot: SessionSnapshot) => void): () => void;
  snapshot(): SessionSnapshot;
}

export function createStandaloneParticipants(options: StandaloneOptions): StandaloneParticipants {
  let server: Server | null = null;
  let service: ParticipantsService | null = null;
  const listeners = new Set<(snapshot: SessionSnapshot) => void>();
  let unsubscribe: (() => void) | null = null;

  async function stop(): Promise<void> {
    service?.stop();
    unsubscribe?.();
    unsubscribe = null;
    service = null;
    const closing = server;
    server = null;
    if (closing) {
      closing.closeAllConnections();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    }
  }

  return {
    async start({ host, port = 0, anonymousAllowed }) {
      await stop();
      let origin = '';
      const svc = createParticipantsService({ phoneFiles: options.phoneFiles(), publicOrigin: () => origin, limits: options.limits, now: options.now });
      const notFound = (res: ServerResponse) => {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('404');
      };
      const srv = createHardenedServer({
        request: (req, res) => {
          // The short address is the bare host: its root shows the code form.
          if (req.url === '/' || req.url?.startsWith('/?')) {
            res.writeHead(302, { Location: '/c' });
            res.end();
            return;
          }
          if (!svc.handleRequest(req, res)) notFound(res);
        },
        upgrade: (req, socket, head) => {
          if (!svc.handleUpgrade(req, socket, head)) socket.destroy();
        },
      });
      const bound = await listen(srv, host, port);
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
      server = srv;
      service = svc;
      unsubscribe = svc.onSnapshot((s) => listeners.forEach((l) => l(s)));
      return svc.command({ type: 'start', anonymousAllowed });
    },
    command(command) {
      // Stopping the session also closes the port: nothing stays listening.
      if (command.type === 'stop') {
        void stop().then(() => listeners.forEach((l) => l(EMPTY_SNAPSHOT)));
        return EMPTY_SNAPSHOT;
      }
      if (!service) return EMPTY_SNAPSHOT;
      return service.command(command);
    },
    stop,
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot() {
      return service?.snapshot() ?? EMPTY_SNAPSHOT;
    },
  };
}
