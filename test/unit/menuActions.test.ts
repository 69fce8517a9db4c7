// @vitest-environment jsdom
/**
 * The desktop menu, the shortcut overview and the registry agree: every menu item runs a
 * registered action and shows that action's key; every key the overview lists (outside the text
 * editors' section) runs the action of its row when pressed. Here because it needs both
 * electron/ (the menu) and renderer/ (the registry and the overview), which never import each other.
 */
import type { MenuItemConstructorOptions } from 'electron';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAccelerator, type KeyPress, type Shortcut, type ShortcutMode } from '../../shared/actions';
import { NAMESPACES, resources } from '../../shared/i18n/resources';
import { MENU_ACTIONS } from '../../shared/ipc/channels';
import { buildMenuTemplate } from '../../electron/main/menu/menuTemplate';
import { createTranslator } from '../../electron/main/menu/translate';
import { actionForKey } from '../../renderer/actions/keymap';
import { ACTIONS, getAction, isActionName } from '../../renderer/actions/registry';
import { formatShortcut } from '../../renderer/actions/shortcuts';
import { Overview } from '../../renderer/board/ShortcutOverview';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menuItems(platform: NodeJS.Platform) {
  const template = buildMenuTemplate({ platform, t: createTranslator('en'), recent: [], clearRecent: () => undefined, send: () => undefined, devTools: false });
  return flatten(template).filter((i) => typeof i.id === 'string' && (MENU_ACTIONS as readonly string[]).includes(i.id));
}

/** The key press a shortcut stands for, on Windows/Linux. */
function pressOf(s: Shortcut): KeyPress {
  const key = s.key ?? s.code!.replace(/^(Digit|Key)/, '').toLowerCase();
  return { key, code: s.code ?? '', ctrlKey: !!(s.mod || s.ctrl), metaKey: false, shiftKey: !!s.shift, altKey: !!s.alt };
}

describe('the desktop menu', () => {
  it.each(['linux', 'darwin'] as const)('runs registered actions and shows their keys (%s)', (platform) => {
    const items = menuItems(platform);
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(isActionName(item.id!), `${item.id} is registered`).toBe(true);
      const shortcuts = getAction(item.id as never).shortcuts;
      if (item.accelerator === undefined) {
        expect(shortcuts.filter((s) => !s.when && !s.native), `${item.id} shows no key`).toEqual([]);
        continue;
      }
      const source = shortcuts.find((s) => toAccelerator(s).accelerator === item.accelerator);
      expect(source, `${item.id}: ${String(item.accelerator)} is one of its keys`).toBeDefined();
      expect(item.registerAccelerator !== false, `${item.id}: registered only with Ctrl/Cmd or Alt`).toBe(toAccelerator(source!).register);
    }
  });

  it('no longer shows Ctrl+1, Ctrl+2 or Ctrl+/ for keys the board reads as Shift+1, Shift+2 and ?', () => {
    const byId = new Map(menuItems('linux').map((i) => [i.id, i]));
    expect(byId.get('view.zoomToFit')!.accelerator).toBe('Shift+1');
    expect(byId.get('view.zoomToSelection')!.accelerator).toBe('Shift+2');
    expect(byId.get('help.shortcuts')!.accelerator).toBe('?');
    expect(byId.get('help.shortcuts')!.registerAccelerator).toBe(false);
  });
});

describe('the shortcut overview', () => {
  beforeAll(async () => {
    await i18next.use(initReactI18next).init({ resources, lng: 'en', ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false } });
    document.documentElement.lang = 'en';
  });

  it('lists only keys that run the action of their row', () => {
    const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n: i18next }, createElement(Overview)));
    const dom = new DOMParser().parseFromString(html, 'text/html');
    const sections = [...dom.querySelectorAll('section[data-section]')];
    expect(sections.map((s) => s.getAttribute('data-section'))).toEqual(expect.arrayContaining(['file', 'edit', 'note', 'view', 'room', 'presenting', 'editing', 'pointer']));
    let checked = 0;
    for (const section of sections) {
      const id = section.getAttribute('data-section')!;
      if (id === 'editing' || id === 'pointer') continue; // the text editors' keys and the mouse
      const mode = id === 'presenting' || id === 'tally' ? (id as ShortcutMode) : undefined;
      for (const row of section.querySelectorAll('.shortcut-row')) {
        const name = row.getAttribute('data-action');
        expect(name && isActionName(name), `a row in ${id} names a registered action`).toBe(true);
        for (const kbd of row.querySelectorAll('kbd')) {
          const shortcut = getAction(name as never).shortcuts.find((s) => s.when === mode && formatShortcut(s, false, 'en') === kbd.textContent);
          expect(shortcut, `${name}: ${kbd.textContent} is one of its keys`).toBeDefined();
          expect(actionForKey(pressOf(shortcut!), false, { mode })?.name, `${kbd.textContent} runs ${name}`).toBe(name);
          checked++;
        }
      }
    }
    // Every action with a key (outside the browser-only exceptions) made it into the overview.
    const withKeys = ACTIONS.filter((a) => a.shortcuts.some((s) => !s.desktopOnly)).map((a) => a.name);
    const rows = new Set([...dom.querySelectorAll('.shortcut-row[data-action]')].map((r) => r.getAttribute('data-action')));
    expect(withKeys.filter((n) => !rows.has(n))).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
