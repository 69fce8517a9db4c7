/**
 * The app:// protocol: the renderer is served from here instead of file:// (RELIABILITY.md),
 * so the page has a real, fixed origin (IndexedDB is keyed by it) and can read nothing but
 * the built renderer folder. Every response carries the CSP header.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { resolveAppPath } from './resolveAppPath';

/** Privileges for `protocol.registerSchemesAsPrivileged` (before `ready`). `standard` gives the
 * scheme an origin (and so IndexedDB and localStorage); `secure` makes it a secure context. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolOptions {
  /** The built renderer folder (dist/renderer). */
  rootDir: string;
  readFile?: (path: string) => Promise<Uint8Array>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The handler for `protocol.handle('app', ...)`: a plain function of a Request. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((path: string) => fsReadFile(path));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const path = resolveAppPath(options.rootDir, request.url);
    if (!path) return refusal(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await readFile(path);
    } catch {
      return refusal(404, 'Not found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(path), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}
