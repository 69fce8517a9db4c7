import { describe, expect, it } from 'vitest';
import { formatShortcut } from './shortcuts';

describe('formatShortcut', () => {
  it('writes shortcuts the way each platform does', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatShortcut({ code: 'Digit1', shift: true }, false)).toBe('Shift+1');
    expect(formatShortcut({ key: 'Delete' }, false)).toBe('Del');
    expect(formatShortcut({ key: 'y', ctrl: true }, true)).toBe('⌃Y');
  });

  it('shows physical-key shortcuts by their letter', () => {
    expect(formatShortcut({ code: 'KeyL', alt: true }, false, 'en')).toBe('Alt+L');
  });

  it('uses the legends of a German keyboard in German', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false, 'de')).toBe('Strg+Umschalt+Z');
    expect(formatShortcut({ key: 'Delete' }, false, 'de')).toBe('Entf');
    expect(formatShortcut({ key: 'z', mod: true }, true, 'de')).toBe('⌘Z');
  });
});
