/**
 * Wiring the named actions to the keyboard, the browser's clipboard events and the Electron
 * menu. Each returns a function that unbinds it.
 */
import { platform, type MenuAction } from '../platform';
import { eventClipboard } from './clipboard/port';
import { actionForKey } from './keymap';
import { getAction, isActionName, runAction, type ActionName } from './registry';
import type { ActionContext, AppActionContext } from './types';
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
    if (state.editing) return;
    if (state.shortcutsOpen && e.key !== '?' && e.key !== 'Escape') return;
    if (state.shortcutsOpen && e.key === 'Escape') {
      e.preventDefault();
      state.showShortcuts(false);
      return;
    }
    const found = actionForKey(e, undefined, { scope: 'board' });
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

/** The Electron menu sends MENU_ACTIONS names; the board runs its own (app-level ones run in bindAppCommands). */
export function bindMenu(context: () => ActionContext | null): () => void {
  return platform.onMenuAction((name: MenuAction) => {
    const ctx = context();
    if (ctx && isActionName(name) && getAction(name).scope === 'board') void runAction(name, ctx);
  });
}

/**
 * App-level commands (file commands, About) on every screen: from the desktop menu, and from
 * their keys in the browser, where no native menu catches Ctrl+S or Ctrl+O (and the browser
 * would offer to save the web page). On the desktop the menu's accelerators run them.
 */
export function bindAppCommands(context: () => AppActionContext): () => void {
  const offMenu = platform.onMenuAction((name: MenuAction) => {
    if (isActionName(name) && getAction(name).scope === 'app') void runAction(name, context());
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (platform.capabilities.nativeMenu || e.defaultPrevented || e.isComposing) return;
    const found = actionForKey(e, undefined, { scope: 'app', desktop: false });
    if (!found) return;
    // Behind a dialog the command waits, but the browser must not save or open the page instead.
    e.preventDefault();
    if (isModalOpen()) return;
    void runAction(found.name, context(), found.input);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => {
    offMenu();
    window.removeEventListener('keydown', onKeyDown);
  };
}
