import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security/csp';
import { ACCEPTED_FINDINGS, EXCLUDED_CHECKS, isAccepted, scan } from './security-scan.mjs';

const root = mkdtempSync(join(tmpdir(), 'jb-scan-fixture-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('security scan', () => {
  it('reports an insecure window, an unchecked openExternal and a weak CSP, and skips tests', async () => {
    mkdirSync(join(root, 'electron/main'), { recursive: true });
    mkdirSync(join(root, 'renderer'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    writeFileSync(
      join(root, 'electron/main/bad.ts'),
      `import { BrowserWindow, shell } from 'electron';
export function open(url: string): void {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  void win.loadURL(url);
  void shell.openExternal(url);
}
`,
    );
    // A test file may do anything: it is not shipped, so it is not scanned.
    writeFileSync(join(root, 'electron/main/bad.test.ts'), `import { shell } from 'electron';\nshell.openExternal(String(Math.random()));\n`);
    writeFileSync(
      join(root, 'renderer/index.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src * 'unsafe-inline' 'unsafe-eval'"></head><body></body></html>`,
    );
    const { issues } = await scan(root);
    const ids = new Set(issues.map((i) => i.id));
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'CSP_GLOBAL_CHECK']) {
      expect(ids, id).toContain(id);
    }
    expect(issues.some((i) => i.file.endsWith('.test.ts'))).toBe(false);
    expect(issues.filter(isAccepted)).toEqual([]);
  });

  it('accepts only the reviewed CSP remark, pinned to the policy the app sends', () => {
    expect(EXCLUDED_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck']);
    expect(ACCEPTED_FINDINGS.map((a) => a.sample)).toEqual([CONTENT_SECURITY_POLICY]);
    const issue = (confidence: string, sample: string) => ({
      id: 'CSP_GLOBAL_CHECK',
      file: 'renderer/index.html',
      sample,
      description: '',
      location: { line: 7, column: 0 },
      severity: { name: 'LOW' },
      confidence: { name: confidence },
    });
    expect(isAccepted(issue('FIRM', CONTENT_SECURITY_POLICY))).toBe(true);
    expect(isAccepted(issue('CERTAIN', CONTENT_SECURITY_POLICY))).toBe(false);
    expect(isAccepted(issue('FIRM', CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")))).toBe(false);
  });
});
