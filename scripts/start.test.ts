import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NO_BINARY_MESSAGE, electronBinary } from './start.mjs';

describe('npm start: finding the Electron binary', () => {
  it('uses the binary when the package points at an existing file', () => {
    expect(electronBinary({ requireElectron: () => '/opt/electron/electron', exists: (p) => p === '/opt/electron/electron' })).toBe('/opt/electron/electron');
  });

  it('finds none when the download never happened (require throws)', () => {
    const requireElectron = () => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
    };
    expect(electronBinary({ requireElectron })).toBeNull();
  });

  it('finds none when the path is stale or not a path', () => {
    expect(electronBinary({ requireElectron: () => '/gone/electron', exists: () => false })).toBeNull();
    expect(electronBinary({ requireElectron: () => ({ default: 'x' }), exists: () => true })).toBeNull();
    expect(electronBinary({ requireElectron: () => '', exists: () => true })).toBeNull();
  });

  it('agrees with this machine’s electron package', () => {
    // The package records the binary's path in path.txt once its postinstall downloaded it.
    const pathFile = join('node_modules', 'electron', 'path.txt');
    const recorded = existsSync(pathFile) ? join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8')) : null;
    expect(electronBinary() === null).toBe(recorded === null || !existsSync(recorded));
  });

  it.skipIf(electronBinary() !== null)('without the binary, prints the sentence, then the address of the web build (skipped where Electron is installed: it would open the app)', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, JOURNEYBOARD_PORT: '47338' }, detached: true });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      // Waits for the server's line, however long a loaded machine takes to start it.
      await vi.waitFor(() => expect(out).toContain('http://localhost:47338/'), { timeout: 90_000, interval: 100 });
      expect(out.split('\n')[0]).toBe(NO_BINARY_MESSAGE);
    } finally {
      process.kill(-child.pid!, 'SIGTERM'); // the whole group: node and the preview server it started
    }
  }, 120_000);

  it('says so in one plain sentence', () => {
    expect(NO_BINARY_MESSAGE.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
    expect(NO_BINARY_MESSAGE).not.toMatch(/error|stack|\n/i);
  });
});
