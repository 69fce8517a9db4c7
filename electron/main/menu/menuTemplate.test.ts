import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_ACTIONS, type MenuAction } from '../../../shared/ipc/channels';
import { buildMenuTemplate, type MenuModel } from './menuTemplate';
import { createTranslator } from './translate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuModel> = {}) {
  const sent: MenuAction[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    t: createTranslator('en'),
    recent: [],
    clearRecent: vi.fn(),
    send: (action) => sent.push(action),
    devTools: false,
    ...overrides,
  });
  const items = flatten(template);
  const byId = (id: string) => items.find((i) => i.id === id)!;
  const click = (id: string) => (byId(id).click as () => void)();
  return { template, items, byId, click, sent };
}

describe('application menu', () => {
  it('has File, Edit, View, Help on Windows and Linux, plus the app and Window menus on macOS', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(build({ platform: 'darwin' }).template.map((m) => m.label)).toEqual(['Journeyboard', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends the named action of each command', () => {
    const { items, click, sent } = build();
    const commands = items.filter((i) => typeof i.id === 'string' && (MENU_ACTIONS as readonly string[]).includes(i.id));
    for (const item of commands) click(item.id!);
    expect(sent).toEqual(commands.map((i) => i.id));
    expect(sent).toContain('help.restoreBackup');
    expect(sent).toContain('view.projector');
  });

  it('offers every menu action except the clipboard ones, which are native roles', () => {
    const { items } = build();
    const ids = new Set(items.map((i) => i.id));
    const missing = MENU_ACTIONS.filter((a) => !ids.has(a));
    expect(missing).toEqual(['edit.cut', 'edit.copy', 'edit.paste']);
    expect(items.filter((i) => i.role === 'cut' || i.role === 'copy' || i.role === 'paste')).toHaveLength(3);
  });

  it('uses platform accelerators', () => {
    const { byId } = build();
    expect(byId('file.save').accelerator).toBe('CmdOrCtrl+S');
    expect(byId('file.saveAs').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byId('edit.redo').accelerator).toBe('Ctrl+Y');
    expect(build({ platform: 'darwin' }).byId('edit.redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(byId('edit.delete').registerAccelerator).toBe(false);
  });

  it('puts About and Quit where each platform expects them', () => {
    const linux = build();
    expect(linux.items.some((i) => i.role === 'quit')).toBe(true);
    expect(linux.byId('help.about')).toBeDefined();
    const mac = build({ platform: 'darwin' });
    const appMenu = mac.template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]!.id).toBe('help.about');
    expect(appMenu.at(-1)!.role).toBe('quit');
    expect((mac.template[1]!.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('lists recent files and clears them', () => {
    const open = vi.fn();
    const clearRecent = vi.fn();
    const { byId, click } = build({ recent: [{ name: 'Kickoff.journey.json', open }], clearRecent });
    expect(byId('recent.0').label).toBe('Kickoff.journey.json');
    click('recent.0');
    expect(open).toHaveBeenCalled();
    click('recent.clear');
    expect(clearRecent).toHaveBeenCalled();
    const empty = build();
    expect(empty.byId('recent.none')).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(empty.byId('recent.clear').enabled).toBe(false);
  });

  it('is translated into German', () => {
    const { template, byId } = build({ t: createTranslator('de') });
    expect(template.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    expect(byId('help.restoreBackup').label).toBe('Aus Sicherung wiederherstellen …');
    expect(byId('view.projector').label).toBe('Beamerfenster');
  });

  it('shows developer tools only in development', () => {
    expect(build().items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build({ devTools: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('main-process translator', () => {
  it('interpolates and falls back to English, then to the key', () => {
    const t = createTranslator('de');
    expect(t('menu:projector.reopenMessage', { name: 'EPSON' })).toBe('Ein Bildschirm wurde angeschlossen: EPSON. Das Beamerfenster wieder darauf öffnen?');
    expect(t('menu:no.such.key')).toBe('menu:no.such.key');
  });
});
