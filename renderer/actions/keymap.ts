/** Which action a key press runs. */
import { ACTIONS, type ActionName } from './registry';
import { isMac, matches, type KeyPress } from './shortcuts';

export function actionForKey(e: KeyPress, mac = isMac()): { name: ActionName; input: unknown; native: boolean } | null {
  for (const action of ACTIONS) {
    for (const shortcut of action.shortcuts ?? []) {
      if (matches(shortcut, e, mac)) return { name: action.name, input: shortcut.input, native: !!shortcut.native };
    }
  }
  return null;
}
