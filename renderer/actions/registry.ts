/**
 * Every named action of the board, in ONE list. Adding a command is adding one entry here (or
 * to one of the group lists it spreads); its name then joins the ActionName union, and the
 * toolbar, context menu, shortcut overview, keyboard and Electron menu can all run it.
 */
import { arrangeActions } from './arrangeActions';
import { editActions } from './editActions';
import { fileActions } from '../export/fileActions';
import { helpActions } from './helpActions';
import { lineActions } from './lineActions';
import { methodActions } from '../method/methodActions';
import { noteActions } from './noteActions';
import { structureActions } from './structureActions';
import type { ActionContext, ActionSpec } from './types';
import { viewActions } from './viewActions';
import { roomActions } from '../room/roomActions';
import { participantsActions } from '../participants/participantsActions';

export const ACTIONS = [
  ...editActions,
  ...noteActions,
  ...arrangeActions,
  ...lineActions,
  ...structureActions,
  ...viewActions,
  ...roomActions,
  ...participantsActions,
  ...helpActions,
  ...methodActions,
  ...fileActions,
] as const;

export type ActionName = (typeof ACTIONS)[number]['name'];

const byName = new Map<string, ActionSpec>(ACTIONS.map((a) => [a.name, a as ActionSpec]));

export function getAction(name: ActionName): ActionSpec<ActionName> {
  return byName.get(name) as ActionSpec<ActionName>;
}

export function isActionName(name: string): name is ActionName {
  return byName.has(name);
}

export function isEnabled(name: ActionName, ctx: Pick<ActionContext, 'store'>): boolean {
  const action = byName.get(name);
  return !!action && (action.enabled?.(ctx.store) ?? true);
}

/** Runs an action if it is enabled; errors are logged, never thrown into an event handler. */
export async function runAction(name: ActionName, ctx: ActionContext, input?: unknown): Promise<void> {
  const action = byName.get(name);
  if (!action || !(action.enabled?.(ctx.store) ?? true)) return;
  try {
    await action.perform(ctx, input);
  } catch (error) {
    console.error(`action ${name} failed`, error);
  }
}
