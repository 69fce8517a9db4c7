/**
 * A named action: one command that the toolbar, the context menu, keyboard shortcuts, the room
 * panel and the Electron menu all run the same way (STYLE.md habit 2). Its name, group, scope
 * and keys come from the closed catalogue in shared/actions/catalogue.ts; this side adds what
 * only the renderer knows: the label, whether it can run now, and what it does.
 */
import type { TFunction } from 'i18next';
import type { Camera } from '../../shared/camera/camera';
import type { Point, Rect } from '../../shared/model';
import { ACTION_CATALOGUE, type ActionGroup, type ActionName, type ActionScope, type Shortcut } from '../../shared/actions';
import type { BoardStore } from '../store/store';
import type { ClipboardPort } from './clipboard/port';

export type { ActionGroup, ActionName, ActionScope, Shortcut };

/** The part of the canvas an action may use; tests pass a plain object. */
export interface Viewport {
  size(): { width: number; height: number };
  /** The live camera (may be ahead of the store's during a gesture). */
  camera(): Camera;
  setCamera(camera: Camera): void;
  /** What "zoom to fit" shows: the grid, every note and what is drawn beside them (persona card). */
  contentBounds(): Rect;
  /** The pointer on the board, in board coordinates, or null when it is elsewhere. */
  pointer(): Point | null;
}

/** What every action gets: app-level commands (file, About) run with only this. */
export interface AppActionContext {
  store: BoardStore;
}

/** What board actions get: the board's store, its view and the clipboard. */
export interface ActionContext extends AppActionContext {
  viewport: Viewport;
  clipboard: ClipboardPort;
}

interface Definition<Name extends ActionName, Ctx> {
  name: Name;
  label(t: TFunction): string;
  /**
   * Whether it may change the journey. An undoable action makes at most one undo step per run;
   * one that is not never changes the journey (renderer/actions/undoable.test.ts runs every
   * action to hold both).
   */
  undoable: boolean;
  /** Greyed out in menus and the toolbar when false. */
  enabled?(store: BoardStore): boolean;
  perform(ctx: Ctx, input?: unknown): void | Promise<void>;
}

export type ActionDefinition<Name extends ActionName = ActionName> = Definition<Name, ActionContext>;
export type AppActionDefinition<Name extends ActionName = ActionName> = Definition<Name, AppActionContext>;

/** A registered action: its definition joined with its catalogue entry. */
export interface ActionSpec<Name extends ActionName = ActionName> extends Definition<Name, ActionContext> {
  group: ActionGroup;
  scope: ActionScope;
  shortcuts: readonly Shortcut[];
}

/** A board action; its name must be in the catalogue with `scope: 'board'`. */
export function defineAction<const Name extends ActionName>(definition: ActionDefinition<Name>): ActionSpec<Name> {
  const entry = ACTION_CATALOGUE[definition.name];
  if (entry.scope !== 'board') throw new Error(`${definition.name} is an app-level action: use defineAppAction`);
  return { ...definition, group: entry.group, scope: entry.scope, shortcuts: entry.shortcuts };
}

/** An app-level action (file commands, About): it runs on the library screen too, with no board. */
export function defineAppAction<const Name extends ActionName>(definition: AppActionDefinition<Name>): ActionSpec<Name> {
  const entry = ACTION_CATALOGUE[definition.name];
  if (entry.scope !== 'app') throw new Error(`${definition.name} is a board action: use defineAction`);
  return { ...definition, group: entry.group, scope: entry.scope, shortcuts: entry.shortcuts };
}
