/**
 * Every named action, in ONE list. The names come from the closed catalogue in
 * shared/actions/catalogue.ts; this list implements each of them exactly once (the type check
 * below fails when one is missing), so the toolbar, context menu, room panel, shortcut overview,
 * keyboard and Electron menu can all run any of them through runAction.
 */
import { ACTION_CATALOGUE, type ActionName } from '../../shared/actions';
import { appActions } from '../app/appActions';
import { arrangeActions } from './arrangeActions';
import { editActions } from './editActions';
import { fileActions } from '../export/fileActions';
import { helpActions } from './helpActions';
import { lineActions } from './lineActions';
import { methodActions } from '../method/methodActions';
import { noteActions } from './noteActions';
import { structureActions } from './structureActions';
import type { ActionContext, ActionSpec, AppActionContext } from './types';
import { viewActions } from './viewActions';
import { roomActions } from '../room/roomActions';
import { participantsActions } from '../participants/participantsActions';
import { roomPanelActions } from '../room/roomPanelActions';

export type { ActionName };

export const ACTIONS = [
  ...appActions,
  ...editActions,
  ...noteActions,
  ...arrangeActions,
  ...lineActions,
  ...structureActions,
  ...viewActions,
  ...roomActions,
  ...roomPanelActions,
  ...participantsActions,
  ...helpActions,
  ...methodActions,
  ...fileActions,
] as const;

// Compile-time closure: every catalogued name has an action here, and nothing else does.
type Implemented = (typeof ACTIONS)[number]['name'];
const everyNameImplemented: [Exclude<ActionName, Implemented>] extends [never] ? true : Exclude<ActionName, Implemented> = true;
void everyNameImplemented;

const byName = new Map<string, ActionSpec>(ACTIONS.map((a) => [a.name, a as ActionSpec]));

export function getAction(name: ActionName): ActionSpec {
  return byName.get(name)!;
}

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTION_CATALOGUE, name) && byName.has(name);
}

export function isEnabled(name: ActionName, ctx: Pick<AppActionContext, 'store'>): boolean {
  const action = byName.get(name);
  return !!action && (action.enabled?.(ctx.store) ?? true);
}

/** A board action needs the board; app-level actions run with the store alone. */
function canRunIn(action: ActionSpec, ctx: AppActionContext): ctx is ActionContext {
  return action.scope === 'app' || ('viewport' in ctx && 'clipboard' in ctx);
}

/** Runs an action if it is enabled; errors are logged, never thrown into an event handler. */
export async function runAction(name: ActionName, ctx: AppActionContext | ActionContext, input?: unknown): Promise<void> {
  const action = byName.get(name);
  if (!action || !canRunIn(action, ctx) || !(action.enabled?.(ctx.store) ?? true)) return;
  try {
    await action.perform(ctx, input);
  } catch (error) {
    console.error(`action ${name} failed`, error);
  }
}
