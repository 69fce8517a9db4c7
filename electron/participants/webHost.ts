/**
 * The browser build's server (`npm run web`, the e2e tests): one Node process serves the app
 * and hosts the participants' service on the same origin, so the facilitator's page reaches
 * it with `connect-src 'self'` (this build only; the desktop window keeps `'none'` and uses
 * IPC). The app and the facilitator's channel answer only this machine (loopback), with the
 * page's own Origin; phones on the network reach only the participants' routes.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { FacilitatorCommandSchema } from '../../shared/participants/facilitatorMessages';
import { APP_HOST, APP_SCHEME } from '../main/appIdentity';
import { resolveAppPath } from '../main/protocol/resolveAppPath';
import { createHardenedServer, listen } from './httpServer';
import { lanAddresses } from './networkInterfaces';
import { loadPhoneFiles } from './phoneFiles';
import { addressOf, createParticipantsService, type ServiceLimits } from './service';

export const FACILITATOR_PATH = '/participants/facilitator';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** The app's policy with the one change this build needs: the page may talk to its own origin. */
export function webBuildCsp(html: string): string {
  return html.replaceAll("connect-src 'none'", "connect-src 'self'");
}

export function isLoopback(address: string): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export interface WebHostOptions {
  appDir: string;
  phoneDir: string;
  port: number;
  /** 127.0.0.1 (default: only this machine) or 0.0.0.0 / a LAN address so phones can join. */
  host?: string;
  limits?: Partial<ServiceLimits>;
  /** A session nobody facilitates any more (its tab closed) ends after this long. */
  orphanMs?: number;
}

export async function startWebHost(options: WebHostOptions): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  let port = options.port;
  const publicHost = () => (host === '0.0.0.0' ? (lanAddresses()[0]?.address ?? '127.0.0.1') : host);
  const service = createParticipantsService({
    phoneFiles: loadPhoneFiles(options.phoneDir),
    publicOrigin: () => `http://${publicHost()}:${port}`,
    limits: options.limits,
  });
  const facilitators = new WebSocketServer({ noServer: true, maxPayload: 2 * 1024 * 1024, perMessageDeflate: false });
  let orphanTimer: ReturnType<typeof setTimeout> | null = null;

  service.onSnapshot((snapshot) => {
    const text = JSON.stringify({ type: 'snapshot', snapshot });
    for (const ws of facilitators.clients) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  function attachFacilitator(ws: WebSocket): void {
    if (orphanTimer) clearTimeout(orphanTimer);
    orphanTimer = null;
    ws.send(JSON.stringify({ type: 'snapshot', snapshot: service.snapshot() }));
    ws.on('message', (data, isBinary) => {
      let value: unknown;
      try {
        value = isBinary ? null : JSON.parse(data.toString('utf8'));
      } catch {
        value = null;
      }
      const parsed = FacilitatorCommandSchema.safeParse(value);
      if (!parsed.success) {
        ws.send(JSON.stringify({ type: 'refused' }));
        return;
      }
      ws.send(JSON.stringify({ type: 'snapshot', snapshot: service.command(parsed.data) }));
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      if (facilitators.clients.size > 0 || !service.active) return;
      orphanTimer = setTimeout(() => service.stop(), options.orphanMs ?? 30_000);
      orphanTimer.unref?.();
    });
  }

  async function serveApp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = resolveAppPath(options.appDir, `${APP_SCHEME}://${APP_HOST}${(req.url ?? '/').split('?')[0]}`);
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
      if (type.startsWith('text/html')) body = webBuildCsp(body.toString('utf8'));
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  }

  const server = createHardenedServer({
    request: (req, res) => {
      if (service.handleRequest(req, res)) return;
      if (!isLoopback(addressOf(req))) {
        // Someone on the network typing the short address: the code form.
        res.writeHead(req.url === '/' ? 302 : 404, req.url === '/' ? { Location: '/c' } : {}).end();
        return;
      }
      void serveApp(req, res);
    },
    upgrade: (req, socket, head) => {
      if (service.handleUpgrade(req, socket, head)) return;
      const url = (req.url ?? '').split('?')[0];
      const origin = req.headers.origin ?? '';
      const ownOrigin = origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
      if (url !== FACILITATOR_PATH || !isLoopback(addressOf(req)) || !ownOrigin) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      facilitators.handleUpgrade(req, socket, head, attachFacilitator);
    },
  });
  port = await listen(server, host, options.port);
  return {
    server,
    port,
    async close() {
      service.stop();
      for (const ws of facilitators.clients) ws.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
