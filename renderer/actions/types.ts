/**
 * A named action: one command that the toolbar, the context menu, keyboard shortcuts and the
 * Electron menu all run the same way (STYLE.md habit 2). Its name comes from the closed union
 * built from the registry's one list (./registry).
 */
import type { TFunction } from 'i18next';
import type { Camera } from '../../shared/camera/camera';
import type { Point, Rect } from '../../shared/model';
import type { BoardStore } from '../store/store';
import type { ClipboardPort } from './clipboard/port';

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

export interface ActionContext {
  store: BoardStore;
  viewport: Viewport;
  clipboard: ClipboardPort;
}

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
}

export type ActionGroup = 'edit' | 'note' | 'arrange' | 'line' | 'structure' | 'view' | 'help';

export interface ActionSpec<Name extends string = string> {
  name: Name;
  group: ActionGroup;
  label(t: TFunction): string;
  shortcuts?: readonly Shortcut[];
  /** Whether it changes the journey (and so makes an undo step). */
  undoable: boolean;
  /** Greyed out in menus and the toolbar when false. */
  enabled?(store: BoardStore): boolean;
  perform(ctx: ActionContext, input?: unknown): void | Promise<void>;
}

/** Keeps the literal name type, so the registry's list defines the union of names. */
export function defineAction<const Name extends string>(spec: ActionSpec<Name>): ActionSpec<Name> {
  return spec;
}
