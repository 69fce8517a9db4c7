/** Matching key presses to shortcuts, and showing shortcuts the way the platform writes them. */
import type { Shortcut } from './types';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function isMac(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

export function matches(shortcut: Shortcut, e: KeyPress, mac = isMac()): boolean {
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
  ' ': 'Space',
};

/** Keyboard legends as printed on German keyboards; English uses the names above. */
const GERMAN_NAMES: Record<string, string> = { Ctrl: 'Strg', Shift: 'Umschalt', Del: 'Entf', Space: 'Leertaste' };

export function formatShortcut(
  s: Shortcut,
  mac = isMac(),
  language: string = typeof document === 'undefined' ? 'en' : document.documentElement.lang,
): string {
  const parts: string[] = [];
  if (s.ctrl) parts.push(mac ? '⌃' : 'Ctrl');
  if (s.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (s.alt) parts.push(mac ? '⌥' : 'Alt');
  if (s.shift) parts.push(mac ? '⇧' : 'Shift');
  // Shortcuts bound by physical key carry codes such as KeyL or Digit1: show the letter or digit.
  const key = s.code ? s.code.replace(/^(Digit|Key)/, '') : (s.key ?? '');
  parts.push(KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  const localised = language.startsWith('de') ? parts.map((p) => GERMAN_NAMES[p] ?? p) : parts;
  return localised.join(mac ? '' : '+');
}
