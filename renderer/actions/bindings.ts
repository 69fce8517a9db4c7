/**
 * Wiring the named actions to the keyboard, the browser's clipboard events and the Electron
 * menu. Each returns a function that unbinds it.
 */
import { platform, type MenuAction } from '../platform';
import { eventClipboard } from './clipboard/port';
import { actionForKey } from './keymap';
import { isActionName, runAction, type ActionName } from './registry';
import type { ActionContext } from './types';
import { isModalOpen } from './modal';

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Enter or Space on a focused button presses it (a panel's choice, a menu item), not a board shortcut. */
function isActivationKey(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' && e.key !== ' ') return false;
  return e.target instanceof HTMLElement && e.target.closest('button, a[href], [role=button], [role=menuitem], [role=tab]') !== null;
}

export function bindKeyboard(context: () => ActionContext | null): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing || isEditableTarget(e.target) || isActivationKey(e)) return;
    // No board shortcut while any dialog is open: dialogs (the shortcut overview included)
    // handle their own keys. The editor has focus while it is open.
    const ctx = context();
    if (!ctx || isModalOpen(ctx.store)) return;
    const state = ctx.store.getState();
    if (state.shortcutsOpen || state.editing) return;
    const found = actionForKey(e);
    if (!found || found.native) return;
    e.preventDefault();
    void runAction(found.name, ctx, found.input);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}

/** Keyboard copy, cut and paste arrive as clipboard events: no permission needed anywhere. */
export function bindClipboardEvents(context: () => ActionContext | null): () => void {
  const handler = (name: ActionName) => (e: ClipboardEvent) => {
    const ctx = context();
    if (!ctx || !e.clipboardData || isEditableTarget(e.target) || isModalOpen(ctx.store) || ctx.store.getState().editing) return;
    if (name !== 'edit.paste' && ctx.store.getState().selectedNoteIds.size === 0) return;
    e.preventDefault();
    void runAction(name, { ...ctx, clipboard: eventClipboard(e.clipboardData) });
  };
  const copy = handler('edit.copy');
  const cut = handler('edit.cut');
  const paste = handler('edit.paste');
  document.addEventListener('copy', copy);
  document.addEventListener('cut', cut);
  document.addEventListener('paste', paste);
  return () => {
    document.removeEventListener('copy', copy);
    document.removeEventListener('cut', cut);
    document.removeEventListener('paste', paste);
  };
}

/** The Electron menu sends MENU_ACTIONS names; those the board knows run as actions. */
export function bindMenu(context: () => ActionContext | null): () => void {
  return platform.onMenuAction((name: MenuAction) => {
    const ctx = context();
    if (ctx && isActionName(name)) void runAction(name, ctx);
  });
}
