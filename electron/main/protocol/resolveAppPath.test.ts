import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolveAppPath';

const root = resolve('/opt/journeyboard/dist/renderer');

describe('app:// path resolver', () => {
  it('serves index.html for the bare origin and files under the root', () => {
    expect(resolveAppPath(root, 'app://journeyboard/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://journeyboard')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://journeyboard/index.html#projector')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://journeyboard/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://journeyboard/assets/Inter%20Var.woff2')).toBe(join(root, 'assets', 'Inter Var.woff2'));
  });

  it.each([
    'app://journeyboard/../package.json',
    'app://journeyboard/assets/../../package.json',
    'app://journeyboard/%2e%2e/package.json',
    'app://journeyboard/%2E%2E/%2e%2e/etc/passwd',
    'app://journeyboard/.%2e/package.json',
    'app://journeyboard/./index.html',
    'app://journeyboard/..%2fpackage.json',
    'app://journeyboard/..%2Fpackage.json',
    'app://journeyboard/..%5cpackage.json',
    'app://journeyboard/assets%2f..%2f..%2fpackage.json',
    'app://journeyboard/..\\package.json',
    'app://journeyboard//etc/passwd',
    'app://journeyboard/%2fetc%2fpasswd',
    'app://journeyboard/C:/Windows/win.ini',
    'app://journeyboard/C%3A%5CWindows%5Cwin.ini',
    'app://journeyboard/index.html%00.png',
    'app://journeyboard/%E0%A4%A',
    'app://journeyboard.evil/index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://journeyboard/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});
