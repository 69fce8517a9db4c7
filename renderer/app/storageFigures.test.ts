import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';
import { isLowOnSpace } from './storageHealth';

describe('storage figures', () => {
  it('formats sizes in the UI language with decimal units', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(2_400_000, 'en')).toBe('2.4 MB');
    expect(formatBytes(2_400_000, 'de')).toBe('2,4 MB');
    expect(formatBytes(998_000_000, 'en')).toBe('998 MB');
    expect(formatBytes(12_300_000_000, 'de')).toMatch(/^12\sGB$/);
  });

  it('warns when less than a tenth of the quota is left', () => {
    expect(isLowOnSpace(null)).toBe(false);
    expect(isLowOnSpace({ usage: 899, quota: 1000 })).toBe(false);
    expect(isLowOnSpace({ usage: 901, quota: 1000 })).toBe(true);
    expect(isLowOnSpace({ usage: 0, quota: 0 })).toBe(false);
  });
});
