import { describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async () => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));
const { openExternalSafely } = await import('./openExternal');

describe('openExternalSafely', () => {
  it('opens parsed https: and mailto: links only', () => {
    expect(openExternalSafely('https://example.org/guide')).toBe(true);
    expect(openExternalSafely('mailto:team@example.org')).toBe(true);
    expect(openExternalSafely('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(openExternalSafely('ms-settings:')).toBe(false);
    expect(openExternalSafely('http://example.org')).toBe(false);
    expect(openExternalSafely('\\\\server\\share')).toBe(false);
    expect(openExternalSafely('https://exa mple.org')).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://example.org/guide'], ['mailto:team@example.org']]);
  });
});
