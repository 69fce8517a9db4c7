/**
 * Keyboard shortcuts as plain data, shared by the renderer (which matches key presses and
 * shows the keys in the overview) and the desktop menu (which shows the same keys as
 * accelerators). Pure: no DOM, the platform is passed in.
 */

/** When a shortcut applies: always on the board, or only while the room is in a mode. */
export type ShortcutMode = 'presenting' | 'tally';

export interface Shortcut {
  /** KeyboardEvent.key, compared case-insensitively for letters. */
  key?: string;
  /** KeyboardEvent.code, for keys whose character changes with Shift (Shift+1). */
  code?: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  /** Ctrl itself, even on macOS (Ctrl+Y). */
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Passed to perform(), e.g. the colour for the digit keys. */
  input?: unknown;
  /** Left to the browser's copy/cut/paste events, listed for the overview and the menu. */
  native?: boolean;
  /** Only in the desktop app: the browser keeps this key for itself (Ctrl+N opens a window). */
  desktopOnly?: boolean;
  /** Only while the room is in this mode (presentation keys, tally digits). */
  when?: ShortcutMode;
  /** The one the desktop menu shows: on every platform (true) or only on macOS / elsewhere. */
  menu?: true | 'mac' | 'other';
}

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matches(shortcut: Shortcut, e: KeyPress, mac: boolean): boolean {
  const wantMeta = mac && !!shortcut.mod;
  const wantCtrl = !!shortcut.ctrl || (!mac && !!shortcut.mod);
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== !!shortcut.alt) return false;
  if (shortcut.code) return e.code === shortcut.code && e.shiftKey === !!shortcut.shift;
  if (!shortcut.key) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const want = shortcut.key.length === 1 ? shortcut.key.toLowerCase() : shortcut.key;
  if (key !== want) return false;
  // Symbols such as '?' or '+' are typed with Shift on many layouts: Shift only matters for
  // letters and named keys.
  const symbol = shortcut.key.length === 1 && !/[a-z0-9]/i.test(shortcut.key);
  return symbol || e.shiftKey === !!shortcut.shift;
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Delete: 'Del',
  Backspace: '⌫',
  Escape: 'Esc',
  Enter: '↵',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
  ' ': 'Space',
};

/** Keyboard legends as printed on German keyboards; English uses the names above. */
const GERMAN_NAMES: Record<string, string> = { Ctrl: 'Strg', Shift: 'Umschalt', Del: 'Entf', Space: 'Leertaste', PgUp: 'Bild↑', PgDn: 'Bild↓' };

/** The key itself, without modifiers: KeyL and Digit1 show their letter or digit. */
function keyOf(s: Shortcut): string {
  return s.code ? s.code.replace(/^(Digit|Key)/, '') : (s.key ?? '');
}

/** A shortcut the way the platform writes it: Ctrl+Shift+Z, ⌘⇧Z, Strg+Umschalt+Z. */
export function formatShortcut(s: Shortcut, mac: boolean, language: string): string {
  const parts: string[] = [];
  if (s.ctrl) parts.push(mac ? '⌃' : 'Ctrl');
  if (s.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (s.alt) parts.push(mac ? '⌥' : 'Alt');
  if (s.shift) parts.push(mac ? '⇧' : 'Shift');
  const key = keyOf(s);
  parts.push(KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  const localised = language.startsWith('de') ? parts.map((p) => GERMAN_NAMES[p] ?? p) : parts;
  return localised.join(mac ? '' : '+');
}

/** Electron's names for keys whose KeyboardEvent.key differs (electronjs.org/docs/latest/api/accelerator). */
const ACCELERATOR_KEYS: Record<string, string> = {
  '+': 'Plus',
  ' ': 'Space',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
};

export interface Accelerator {
  accelerator: string;
  /**
   * False for keys that type a character or need no modifier (N, Delete, ?, Shift+1, F5):
   * the menu shows them but does not register them, so they never fire while a text field has
   * the focus (CONVENTIONS.md section 2). The board's own key handling runs them instead.
   */
  register: boolean;
}

export function toAccelerator(s: Shortcut): Accelerator {
  const parts: string[] = [];
  if (s.ctrl) parts.push('Ctrl');
  if (s.mod) parts.push('CmdOrCtrl');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  const key = keyOf(s);
  parts.push(ACCELERATOR_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  return { accelerator: parts.join('+'), register: !!(s.mod || s.ctrl || s.alt) };
}

/** The shortcut a menu item shows on this platform, if the action has one. */
export function menuShortcut(shortcuts: readonly Shortcut[], mac: boolean): Shortcut | undefined {
  const usable = shortcuts.filter((s) => !s.when && !s.native);
  return usable.find((s) => s.menu === true || s.menu === (mac ? 'mac' : 'other')) ?? usable.find((s) => !s.menu);
}
