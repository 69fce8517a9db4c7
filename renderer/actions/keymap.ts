/** Which action a key press runs. */
import type { ShortcutMode } from '../../shared/actions';
import { ACTIONS, type ActionName } from './registry';
import { isMac, matches, type KeyPress } from './shortcuts';
import type { ActionScope } from './types';

export interface KeyLookup {
  /** Only actions of this scope (the board's handler and the app's each take their own). */
  scope?: ActionScope;
  /** The room's mode: only shortcuts for it match; without one, only shortcuts for no mode. */
  mode?: ShortcutMode;
  /** In the browser, shortcuts the browser keeps for itself (Ctrl+N) are not looked up. */
  desktop?: boolean;
}

export function actionForKey(
  e: KeyPress,
  mac = isMac(),
  lookup: KeyLookup = {},
): { name: ActionName; input: unknown; native: boolean } | null {
  for (const action of ACTIONS) {
    if (lookup.scope && action.scope !== lookup.scope) continue;
    for (const shortcut of action.shortcuts) {
      if (shortcut.when !== lookup.mode) continue;
      if (shortcut.desktopOnly && lookup.desktop === false) continue;
      if (matches(shortcut, e, mac)) return { name: action.name, input: shortcut.input, native: !!shortcut.native };
    }
  }
  return null;
}
