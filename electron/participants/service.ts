/**
 * The participants' service: the phone page and its WebSocket, mounted on any `node:http`
 * server (its own on a chosen interface in the desktop app, the web build's server in the
 * browser build). Off until `start`; `stop` ends the session, and with it the token and every
 * phone's connection.
 *
 * Routes (everything else is not ours):
 *   GET /c                  the short-code form (no script); /c?code=NNNNNN redirects to /c/NNNNNN/
 *   GET /c/<code>/...       the phone page, for a code that is still shown
 *   GET /j/<token>/...      the phone page, for the QR link
 *   WS  /j/<token>/ws, /c/<code>/ws[?resume=<key>]
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { EMPTY_SNAPSHOT, type FacilitatorCommand, type SessionSnapshot } from '../../shared/participants/facilitatorMessages';
import { CODE_PATTERN, PARTICIPANT_KEY_PATTERN, PARTICIPANT_LIMITS, TOKEN_PATTERN } from '../../shared/participants/limits';
import { parsePhoneMessage, type ServiceMessage } from '../../shared/participants/phoneMessages';
import { CODE_FORM_CSP, codeFormHtml, languageOf } from './codeForm';
import type { PhoneFiles } from './phoneFiles';
import { RateLimiter, type RateLimit } from './rateLimit';
import { ParticipantsSession, type JoinedVia, type PhoneLink } from './session';

export const PHONE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ServiceLimits {
  /** HTTP requests and WebSocket upgrades per address. */
  requests: RateLimit;
  /** Wrong short codes per address (guessing). */
  wrongCodes: RateLimit;
  /** Messages per address, over all its connections. */
  addressMessages: RateLimit;
  participantMessages: RateLimit;
  /** Invalid messages one connection may send before it is closed. */
  invalidPerConnection: number;
  /** A connection that has not joined after this long is closed (half-open or idle). */
  joinTimeoutMs: number;
  heartbeatMs: number;
  maxConnections: number;
}

export const DEFAULT_LIMITS: ServiceLimits = {
  requests: { burst: 120, perSecond: 20 },
  wrongCodes: { burst: 10, perSecond: 0.2 },
  addressMessages: { burst: 600, perSecond: 200 },
  participantMessages: { burst: 30, perSecond: 10 },
  invalidPerConnection: 20,
  joinTimeoutMs: 20_000,
  heartbeatMs: 10_000,
  maxConnections: 400,
};

export interface ServiceOptions {
  phoneFiles: PhoneFiles;
  /** Where phones reach this server, e.g. "http://192.168.1.5:47400". */
  publicOrigin(): string;
  limits?: Partial<ServiceLimits>;
  now?: () => number;
}

export interface ParticipantsService {
  /** Answers the request when it is one of ours; false leaves it to the host. */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  command(command: FacilitatorCommand): SessionSnapshot;
  snapshot(): SessionSnapshot;
  onSnapshot(listener: (snapshot: SessionSnapshot) => void): () => void;
  /** Ends the session and closes every phone connection. */
  stop(): void;
  readonly active: boolean;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function addressOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function createParticipantsService(options: ServiceOptions): ParticipantsService {
  const limits: ServiceLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const requests = new RateLimiter(limits.requests, now);
  const wrongCodes = new RateLimiter(limits.wrongCodes, now);
  const addressMessages = new RateLimiter(limits.addressMessages, now);
  const wss = new WebSocketServer({ noServer: true, maxPayload: PARTICIPANT_LIMITS.messageBytes, perMessageDeflate: false, clientTracking: true });
  const listeners = new Set<(snapshot: SessionSnapshot) => void>();
  let session: ParticipantsSession | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const alive = new WeakMap<WebSocket, boolean>();

  const snapshot = (): SessionSnapshot => {
    if (!session) return EMPTY_SNAPSHOT;
    const origin = options.publicOrigin();
    return session.snapshot({ joinUrl: `${origin}/j/${session.token}/`, address: `${origin.replace(/^https?:\/\//, '')}/c` });
  };
  // Many phones at once make many changes: the facilitator gets one snapshot per 25 ms at most.
  const emit = () => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      const s = snapshot();
      for (const l of listeners) l(s);
    }, 25);
  };
  const emitNow = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    const s = snapshot();
    for (const l of listeners) l(s);
    return s;
  };

  function send(res: ServerResponse, status: number, body: string | Buffer, type: string, csp?: string, extra: Record<string, string> = {}): void {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...(csp ? { 'Content-Security-Policy': csp } : {}), ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  function refuse(res: ServerResponse, status: number): true {
    send(res, status, String(status), 'text/plain; charset=utf-8');
    return true;
  }

  /** Which session secret a path carries, and the rest of the path. */
  function parsePath(pathname: string): { via: JoinedVia; secret: string; rest: string } | null {
    const m = /^\/(j|c)\/([^/]{1,64})\/(.*)$/.exec(pathname);
    if (!m) return null;
    return { via: m[1] === 'j' ? 'link' : 'code', secret: m[2]!, rest: m[3]! };
  }

  /** Checks a path's secret; a wrong code counts against the address's guesses. */
  function admits(via: JoinedVia, secret: string, address: string, resumeKey: string | null): boolean {
    if (!session) return false;
    if (via === 'link') return TOKEN_PATTERN.test(secret) && session.isToken(secret);
    if (!CODE_PATTERN.test(secret)) return false;
    const state = session.codeState(secret);
    if (state === 'valid') return true;
    if (state === 'expired' && resumeKey !== null && session.hasParticipantKey(resumeKey)) return true;
    if (state === 'unknown') wrongCodes.take(address);
    return false;
  }

  function handleRequest(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://x');
    const ours = url.pathname === '/c' || url.pathname.startsWith('/c/') || url.pathname.startsWith('/j/');
    if (!ours) return false;
    const address = addressOf(req);
    if (!requests.take(address)) return refuse(res, 429);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405);
    if (!session) return refuse(res, 404);
    if (url.pathname === '/c') {
      const code = url.searchParams.get('code')?.replace(/\D/g, '') ?? null;
      const language = languageOf(req.headers['accept-language']);
      if (code === null) {
        send(res, 200, codeFormHtml(language, false), 'text/html; charset=utf-8', CODE_FORM_CSP);
        return true;
      }
      if (!wrongCodes.take(address, 0) || !CODE_PATTERN.test(code) || session.codeState(code) !== 'valid') {
        wrongCodes.take(address);
        send(res, 403, codeFormHtml(language, true), 'text/html; charset=utf-8', CODE_FORM_CSP);
        return true;
      }
      send(res, 303, '', 'text/plain', undefined, { Location: `/c/${code}/` });
      return true;
    }
    const path = parsePath(url.pathname);
    if (!path) return refuse(res, 404);
    if (path.via === 'code' && !wrongCodes.take(address, 0)) return refuse(res, 429);
    if (!admits(path.via, path.secret, address, null)) return refuse(res, path.via === 'code' ? 403 : 404);
    const file = options.phoneFiles.get(path.rest === '' ? 'index.html' : path.rest);
    if (!file) return refuse(res, 404);
    send(res, 200, file.body, file.type, file.type.startsWith('text/html') ? PHONE_CSP : undefined);
    return true;
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = parsePath(url.pathname);
    if (!path) return false;
    const address = addressOf(req);
    const reject = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${status === 429 ? 'Too Many Requests' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return true;
    };
    if (!requests.take(address) || (path.via === 'code' && !wrongCodes.take(address, 0))) return reject(429);
    if (path.rest !== 'ws' || wss.clients.size >= limits.maxConnections) return reject(403);
    const resume = url.searchParams.get('resume');
    const resumeKey = resume !== null && PARTICIPANT_KEY_PATTERN.test(resume) ? resume : null;
    if (!admits(path.via, path.secret, address, resumeKey)) return reject(403);
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, path.via, address));
    return true;
  }

  function attach(ws: WebSocket, via: JoinedVia, address: string): void {
    const current = session;
    if (!current) return ws.terminate();
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    let invalid = 0;
    let joined = false;
    const link: PhoneLink = {
      address,
      send: (message: ServiceMessage) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      },
      close: () => ws.close(1000),
    };
    const handle = current.connect(link, via);
    const joinTimer = setTimeout(() => {
      if (!joined) ws.terminate();
    }, limits.joinTimeoutMs);
    ws.on('message', (data, isBinary) => {
      if (session !== current) return ws.terminate();
      if (!addressMessages.take(address)) {
        link.send({ type: 'refused', reason: 'rateLimited' });
        if (++invalid > limits.invalidPerConnection) ws.terminate();
        return;
      }
      const parsed = parsePhoneMessage(isBinary ? null : data.toString('utf8'));
      if (!parsed.ok) {
        link.send({ type: 'refused', reason: 'invalid' });
        if (++invalid > limits.invalidPerConnection) ws.close(1008);
        return;
      }
      if (parsed.message.type === 'join') joined = true;
      handle.message(parsed.message);
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(joinTimer);
      handle.closed();
    });
  }

  function startHeartbeat(): void {
    // Phones that vanished without closing (Wi-Fi lost, screen locked) are half-open sockets:
    // a ping they do not answer by the next round ends them.
    heartbeat = setInterval(() => {
      for (const ws of wss.clients) {
        if (alive.get(ws) === false) {
          ws.terminate();
          continue;
        }
        alive.set(ws, false);
        ws.ping();
      }
    }, limits.heartbeatMs);
    heartbeat.unref?.();
  }

  function stop(): void {
    if (!session) return;
    session.end();
    session = null;
    for (const ws of wss.clients) ws.terminate();
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
  }

  return {
    handleRequest,
    handleUpgrade,
    snapshot,
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    command(command) {
      if (command.type === 'start') {
        if (!session) {
          session = new ParticipantsSession({ anonymousAllowed: command.anonymousAllowed, now, participantRate: limits.participantMessages });
          session.onChange(emit);
          startHeartbeat();
        }
      } else if (command.type === 'stop') stop();
      else session?.command(command);
      return emitNow();
    },
    stop() {
      stop();
      emitNow();
    },
    get active() {
      return session !== null;
    },
  };
}
