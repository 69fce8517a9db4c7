import { describe, expect, it } from 'vitest';
import { safeFileName, sanitiseNamePart } from './fileName';

const date = new Date(2026, 10, 22, 14, 0); // local time: the date people see

describe('safeFileName', () => {
  it('joins title, date and extension', () => {
    expect(safeFileName({ title: 'Online-Shop Gartenmöbel', date, extension: '.png', fallback: 'Journey' })).toBe(
      'Online-Shop Gartenmöbel 2026-11-22.png',
    );
  });

  it('replaces characters Windows, macOS or Linux refuse', () => {
    const name = safeFileName({ title: 'Kauf: A/B <Test> "neu" | v2? * \\ \u0007', date, extension: '.pdf', fallback: 'Journey' });
    expect(name).toBe('Kauf A B Test neu v2 2026-11-22.pdf');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect([...name].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
  });

  it.each(['CON', 'prn', 'Aux', 'NUL', 'com1', 'LPT9', 'con.txt'])('avoids the reserved Windows name %s', (title) => {
    expect(sanitiseNamePart(title).split('.')[0]!.toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
  });

  it('drops leading dots and trailing dots and spaces', () => {
    expect(sanitiseNamePart('..hidden')).toBe('hidden');
    expect(sanitiseNamePart('Ende... ')).toBe('Ende');
  });

  it('uses the fallback when nothing usable is left', () => {
    expect(safeFileName({ title: '???', date, extension: '.csv', fallback: 'Journey' })).toBe('Journey 2026-11-22.csv');
    expect(safeFileName({ title: '', date, extension: '.csv', fallback: '' })).toBe('journey 2026-11-22.csv');
  });

  it('limits the length without cutting an emoji in half', () => {
    const name = safeFileName({ title: `${'a'.repeat(79)}😀😀😀`, date, extension: '.journey.json', fallback: 'Journey' });
    expect(name.length).toBeLessThanOrEqual(80 + 1 + 10 + '.journey.json'.length);
    expect(() => encodeURIComponent(name)).not.toThrow();
    expect(new TextEncoder().encode(name).length).toBeLessThan(255);
  });

  it('adds a suffix such as the phase', () => {
    expect(safeFileName({ title: 'Shop', date, extension: '.png', fallback: 'J', suffix: 'Kauf/Checkout' })).toBe('Shop Kauf Checkout 2026-11-22.png');
  });

  it('normalises to NFC so the same title gives the same name on macOS and Windows', () => {
    expect(sanitiseNamePart('Mo\u0308bel')).toBe('Möbel');
  });
});
