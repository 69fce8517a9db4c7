// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isModalOpen } from './modal';
import { testContext } from './testing';

afterEach(() => document.body.replaceChildren());

describe('isModalOpen', () => {
  it('is false on a page without dialogs, and for a non-modal popover', () => {
    expect(isModalOpen()).toBe(false);
    const card = document.createElement('div');
    card.setAttribute('role', 'dialog');
    document.body.append(card);
    expect(isModalOpen()).toBe(false);
  });

  it("counts the board's own removal question from the store", () => {
    const ctx = testContext();
    expect(isModalOpen(ctx.store)).toBe(false);
    ctx.store.getState().openDialog({ kind: 'removeLane', id: ctx.store.getState().doc!.lanes[0]!.id });
    expect(isModalOpen(ctx.store)).toBe(true);
  });

  it('does not count a dialog element that is merely open (not modal) where :modal is known', () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    expect(isModalOpen()).toBe(false);
  });

  it('sees ARIA modals: the shortcut overview and the removal question', () => {
    const overview = document.createElement('div');
    overview.setAttribute('role', 'alertdialog');
    overview.setAttribute('aria-modal', 'true');
    document.body.append(overview);
    expect(isModalOpen()).toBe(true);
  });
});
