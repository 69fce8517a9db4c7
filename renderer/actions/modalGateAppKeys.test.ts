// @vitest-environment jsdom
/** File keys (Ctrl+S, Ctrl+O...) run nothing behind an open dialog, yet keep the browser from saving the page. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const runs = vi.hoisted(() => [] as string[]);
vi.mock('./registry', async (original) => ({
  ...(await original<typeof import('./registry')>()),
  runAction: (name: string) => {
    runs.push(name);
    return Promise.resolve();
  },
}));

const { bindAppCommands } = await import('./bindings');
const { testContext } = await import('./testing');

afterEach(() => {
  document.body.replaceChildren();
  runs.length = 0;
});

function openDialog(): HTMLButtonElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const close = document.createElement('button');
  dialog.append(close);
  document.body.append(dialog);
  return close;
}

describe('app commands behind a dialog', () => {
  it('Ctrl+S saves nothing while a dialog is open, but the page is never saved by the browser either', () => {
    const ctx = testContext();
    const off = bindAppCommands(() => ctx);
    const press = () => new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
    const inside = press();
    openDialog().dispatchEvent(inside);
    expect(inside.defaultPrevented).toBe(true);
    expect(runs).toEqual([]);
    document.body.replaceChildren();
    document.body.dispatchEvent(press());
    expect(runs).toEqual(['file.save']);
    off();
  });
});
