/**
 * Whether a modal dialog is open anywhere in the window: the board store's own dialogs (remove
 * a phase or lane) and every native <dialog> opened with showModal() or element marked
 * aria-modal (phase model, export, settings, import, restore, the shortcut overview). While one
 * is open no board shortcut may act behind it (issue 12: Ctrl+Z with "Remove lane?" open undid
 * an edit behind the dialog). One check, used by the keyboard, the clipboard events and the
 * desktop menu's bindings alike.
 */
import type { BoardStore } from '../store/store';

function modalInDocument(doc: Document): boolean {
  if (doc.querySelector('[aria-modal="true"]')) return true;
  try {
    return doc.querySelector('dialog:modal') !== null;
  } catch {
    // An engine without :modal: an open <dialog> is as close as we can tell.
    return doc.querySelector('dialog[open]') !== null;
  }
}

export function isModalOpen(store?: BoardStore, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): boolean {
  if (store?.getState().dialog) return true;
  return doc ? modalInDocument(doc) : false;
}
