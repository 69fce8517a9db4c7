/**
 * How the facilitator's window reaches the participants' service. The desktop app: the
 * preload's IPC verbs (the window's CSP stays `connect-src 'none'`). The browser build: a
 * WebSocket to the same origin's `/participants/facilitator`, which the web host answers only
 * for this machine (`connect-src 'self'` in that build only). Under a plain static server
 * (vite preview) the socket is refused and the panel says phones need `npm run web`.
 * Every snapshot is checked with the shared schema on arrival.
 */
import type { JourneyboardApi, LanNetwork } from '../../shared/ipc/channels';
import {
  SessionSnapshotSchema,
  type FacilitatorCommand,
  type SessionSnapshot,
} from '../../shared/participants/facilitatorMessages';

export interface ParticipantsApi {
  /** The laptop's addresses to choose from; null when the server decides (browser build). */
  networks(): Promise<LanNetwork[] | null>;
  start(options: { address: string | null; anonymousAllowed: boolean }): Promise<SessionSnapshot>;
  command(command: FacilitatorCommand): Promise<SessionSnapshot>;
  onSnapshot(listener: (snapshot: SessionSnapshot) => void): () => void;
}

export class ParticipantsUnavailable extends Error {
  constructor() {
    super('participants service unavailable');
  }
}

function checked(listener: (snapshot: SessionSnapshot) => void) {
  return (value: unknown) => {
    const parsed = SessionSnapshotSchema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  };
}

export function createIpcParticipantsApi(api: JourneyboardApi): ParticipantsApi {
  const check = async (p: Promise<SessionSnapshot>) => SessionSnapshotSchema.parse(await p);
  return {
    networks: () => api.participantsNetworks(),
    start: ({ address, anonymousAllowed }) => {
      if (!address) return Promise.reject(new ParticipantsUnavailable());
      return check(api.participantsStart({ address, anonymousAllowed }));
    },
    command: (command) => check(api.participantsCommand(command)),
    onSnapshot: (listener) => api.onParticipantsSnapshot(checked(listener)),
  };
}

export function createWebSocketParticipantsApi(location: Pick<Location, 'protocol' | 'host'>): ParticipantsApi {
  const listeners = new Set<(snapshot: SessionSnapshot) => void>();
  let socket: Promise<WebSocket> | null = null;
  let waiting: ((snapshot: SessionSnapshot) => void)[] = [];

  const deliver = checked((snapshot) => {
    for (const resolve of waiting.splice(0)) resolve(snapshot);
    for (const l of listeners) l(snapshot);
  });

  function open(): Promise<WebSocket> {
    if (socket) return socket;
    socket = new Promise((resolve, reject) => {
      if (location.protocol !== 'http:' && location.protocol !== 'https:') return reject(new ParticipantsUnavailable());
      let ws: WebSocket;
      try {
        ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/participants/facilitator`);
      } catch {
        return reject(new ParticipantsUnavailable()); // refused by the page's CSP
      }
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new ParticipantsUnavailable());
      ws.onclose = () => {
        socket = null;
        reject(new ParticipantsUnavailable());
      };
      ws.onmessage = (event) => {
        try {
          const message = JSON.parse(String(event.data)) as { type?: string; snapshot?: unknown };
          if (message.type === 'snapshot') deliver(message.snapshot);
        } catch {
          // not ours
        }
      };
    });
    socket.catch(() => {
      socket = null;
    });
    return socket;
  }

  async function send(command: FacilitatorCommand): Promise<SessionSnapshot> {
    const ws = await open();
    const answer = new Promise<SessionSnapshot>((resolve) => waiting.push(resolve));
    ws.send(JSON.stringify(command));
    return answer;
  }

  return {
    networks: async () => {
      await open();
      return null;
    },
    start: ({ anonymousAllowed }) => send({ type: 'start', anonymousAllowed }),
    command: send,
    onSnapshot(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) waiting = [];
      };
    },
  };
}
