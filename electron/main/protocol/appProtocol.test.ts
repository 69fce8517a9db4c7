import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { createAppProtocolHandler, mimeTypeFor } from './appProtocol';

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Journeyboard</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  it('serves the page with the CSP header and the right type', async () => {
    const handle = createAppProtocolHandler({ rootDir: root });
    const page = await handle(new Request('app://journeyboard/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Journeyboard</title>');

    const script = await handle(new Request('app://journeyboard/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('refuses paths outside the renderer folder and missing files', async () => {
    const handle = createAppProtocolHandler({ rootDir: root });
    // Request normalises `..` itself, so feed the raw URL the way a broken normaliser would.
    const raw = { method: 'GET', url: 'app://journeyboard/%2e%2e/secret.txt' } as Request;
    const escaped = await handle(raw);
    expect(escaped.status).toBe(403);
    expect(await escaped.text()).not.toContain('outside');
    expect((await handle(new Request('app://journeyboard/assets/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://journeyboard/assets'))).status).toBe(404);
  });

  it('only answers GET and HEAD', async () => {
    const handle = createAppProtocolHandler({ rootDir: root });
    expect((await handle(new Request('app://journeyboard/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://journeyboard/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows the types the build produces', () => {
    expect(mimeTypeFor('a/b.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/b.unknown')).toBe('application/octet-stream');
  });
});
