import { describe, expect, it } from 'vitest';
import { NOTE_COLOURS } from '../model/journey';
import { ACTION_CATALOGUE, ACTION_NAMES, isActionName } from './catalogue';
import { formatShortcut, matches, menuShortcut, toAccelerator, type KeyPress, type Shortcut } from './shortcut';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

/** Keys the browser or the OS keeps (CONVENTIONS.md section 2), written as presses on Windows/Linux. */
const OWNED: KeyPress[] = [
  press('ArrowLeft', { altKey: true }),
  press('ArrowRight', { altKey: true }),
  press('w', { ctrlKey: true }),
  press('t', { ctrlKey: true }),
  press('r', { ctrlKey: true }),
  press('F5'),
];

describe('the action catalogue', () => {
  it('names every command once, in the closed union', () => {
    expect(new Set(ACTION_NAMES).size).toBe(ACTION_NAMES.length);
    expect(isActionName('file.save')).toBe(true);
    expect(isActionName('help.nothing')).toBe(false);
    expect(isActionName('toString')).toBe(false);
  });

  it('gives one key to at most one action in each mode', () => {
    const seen = new Map<string, string>();
    for (const name of ACTION_NAMES) {
      for (const s of ACTION_CATALOGUE[name].shortcuts as readonly Shortcut[]) {
        const key = JSON.stringify({ ...s, input: undefined, menu: undefined });
        expect(seen.get(key), `${name} and ${seen.get(key)} share ${key}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('has one colour digit per palette colour', () => {
    expect(ACTION_CATALOGUE['note.colour'].shortcuts.map((s) => s.input)).toEqual(NOTE_COLOURS.map((_, i) => i));
  });

  it('uses no key the browser or the OS owns', () => {
    for (const name of ACTION_NAMES) {
      for (const s of ACTION_CATALOGUE[name].shortcuts as readonly Shortcut[]) {
        for (const owned of OWNED) expect(matches(s, owned, false), `${name} uses ${owned.key}`).toBe(false);
      }
    }
  });
});

describe('accelerators for the desktop menu', () => {
  it('writes keys the way Electron reads them', () => {
    expect(toAccelerator({ key: 's', mod: true, shift: true })).toEqual({ accelerator: 'CmdOrCtrl+Shift+S', register: true });
    expect(toAccelerator({ key: 'y', ctrl: true })).toEqual({ accelerator: 'Ctrl+Y', register: true });
    expect(toAccelerator({ code: 'KeyP', alt: true }).accelerator).toBe('Alt+P');
    expect(toAccelerator({ key: '+', mod: true }).accelerator).toBe('CmdOrCtrl+Plus');
  });

  it('shows but does not register keys that type or need no modifier', () => {
    expect(toAccelerator({ key: '?' })).toEqual({ accelerator: '?', register: false });
    expect(toAccelerator({ code: 'Digit1', shift: true })).toEqual({ accelerator: 'Shift+1', register: false });
    expect(toAccelerator({ key: 'Delete' }).register).toBe(false);
  });

  it('picks the platform’s key where the two differ', () => {
    const redo = ACTION_CATALOGUE['edit.redo'].shortcuts;
    expect(menuShortcut(redo, true)).toMatchObject({ key: 'z', shift: true });
    expect(menuShortcut(redo, false)).toMatchObject({ key: 'y', ctrl: true });
    expect(menuShortcut(ACTION_CATALOGUE['view.zoomIn'].shortcuts, false)).toMatchObject({ key: '=', mod: true });
    expect(menuShortcut(ACTION_CATALOGUE['edit.copy'].shortcuts, false)).toBeUndefined();
  });
});

describe('formatShortcut', () => {
  it('writes shortcuts the way each platform and language does', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false, 'en')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true, 'en')).toBe('⌘⇧Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false, 'de')).toBe('Strg+Umschalt+Z');
    expect(formatShortcut({ key: 'PageDown' }, false, 'en')).toBe('PgDn');
  });
});
