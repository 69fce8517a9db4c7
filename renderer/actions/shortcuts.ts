/** The shared shortcut helpers with this browser's platform and language filled in. */
import { formatShortcut as format, matches as match, type KeyPress, type Shortcut } from '../../shared/actions';

export type { KeyPress };

export function isMac(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

export function matches(shortcut: Shortcut, e: KeyPress, mac = isMac()): boolean {
  return match(shortcut, e, mac);
}

export function formatShortcut(
  s: Shortcut,
  mac = isMac(),
  language: string = typeof document === 'undefined' ? 'en' : document.documentElement.lang,
): string {
  return format(s, mac, language);
}
