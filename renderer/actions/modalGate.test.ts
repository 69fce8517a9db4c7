// @vitest-environment jsdom
/** The one rule: no board shortcut, no file key and no menu command acts behind an open dialog. */
import { afterEach, describe, expect, it } from 'vitest';
import { createNote, addNotes } from '../../shared/model';
import type { JourneyboardApi, MenuAction } from '../../shared/ipc/channels';
import { bindKeyboard } from './bindings';
import { testContext } from './testing';
import { createElectronPlatform } from '../platform/electronPlatform';

afterEach(() => document.body.replaceChildren());

/** A dialog as the app's dialogs mark themselves (jsdom has no showModal()). */
function openDialog(): HTMLButtonElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const close = document.createElement('button');
  close.textContent = 'Close';
  dialog.append(close);
  document.body.append(dialog);
  return close;
}

function boardWithSelectedNote() {
  const ctx = testContext();
  const { phases, lanes } = ctx.store.getState().doc!;
  ctx.store.getState().changeDoc((doc) => addNotes(doc, [createNote({ id: 'n1', text: 'a', phaseId: phases[0]!.id, laneId: lanes[0]!.id, x: 16, y: 16 })]));
  ctx.store.getState().select(['n1']);
  return ctx;
}

describe('no board shortcut while a dialog is open', () => {
  it('Delete on a dialog button leaves the selected note behind it alone; without the dialog it deletes', () => {
    const ctx = boardWithSelectedNote();
    const off = bindKeyboard(() => ctx);
    const close = openDialog();
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    expect(ctx.store.getState().doc!.notes.n1).toBeDefined();
    document.body.replaceChildren();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    expect(ctx.store.getState().doc!.notes.n1).toBeUndefined();
    off();
  });

  it('`?` does not open the shortcut overview behind a dialog', () => {
    const ctx = boardWithSelectedNote();
    const off = bindKeyboard(() => ctx);
    openDialog().dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    expect(ctx.store.getState().shortcutsOpen).toBe(false);
    off();
  });

  it('the desktop menu commands wait while a dialog is open', () => {
    let deliver: (action: MenuAction) => void = () => undefined;
    const api = new Proxy({} as JourneyboardApi, {
      get: (_t, name: string) =>
        name === 'onMenuAction'
          ? (listener: (a: MenuAction) => void) => {
              deliver = listener;
              return () => undefined;
            }
          : () => Promise.resolve(null),
    });
    const received: MenuAction[] = [];
    createElectronPlatform(api).onMenuAction((a) => received.push(a));
    openDialog();
    deliver('edit.selectAll');
    document.body.replaceChildren();
    deliver('edit.undo');
    expect(received).toEqual(['edit.undo']);
  });
});
