/**
 * The native application menu as plain data (Electron's MenuItemConstructorOptions), built from
 * the platform, the language and the recent files. Each command sends a MENU_ACTIONS name to
 * the renderer, which performs it through the same named action as the toolbar, shortcut and
 * context menu.
 *
 * Two deliberate exceptions: Cut, Copy and Paste are Electron roles, so they work natively in
 * text fields (and reach the board as DOM clipboard events, the same as in the browser build);
 * window chores (hide, minimise, full screen, quit) are roles too.
 *
 * Keyboard order: a keydown goes to the page first; the menu accelerator only fires when the
 * page did not handle it (preventDefault), so renderer shortcuts and the menu never both act.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_CATALOGUE, menuShortcut, toAccelerator } from '../../../shared/actions';
import type { MenuAction } from '../../../shared/ipc/channels';
import type { Translate } from './translate';

export interface MenuModel {
  platform: NodeJS.Platform;
  t: Translate;
  recent: { name: string; open(): void }[];
  clearRecent(): void;
  send(action: MenuAction): void;
  /** Developer tools only in an unpackaged (development) build. */
  devTools: boolean;
}

export function buildMenuTemplate(model: MenuModel): MenuItemConstructorOptions[] {
  const { t, send } = model;
  const mac = model.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // The key each command shows comes from the action catalogue, the same data as the renderer's
  // shortcuts and the shortcut overview; keys that type or need no modifier are shown only.
  const command = (label: string, action: MenuAction): MenuItemConstructorOptions => {
    const shortcut = menuShortcut(ACTION_CATALOGUE[action].shortcuts, mac);
    const key = shortcut ? toAccelerator(shortcut) : null;
    return {
      id: action,
      label,
      ...(key ? { accelerator: key.accelerator, ...(key.register ? {} : { registerAccelerator: false }) } : {}),
      click: () => send(action),
    };
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Journeyboard',
    submenu: [
      command(t('menu:app.about'), 'help.about'),
      separator,
      { role: 'services', label: t('menu:app.services') },
      separator,
      { role: 'hide', label: t('menu:app.hide') },
      { role: 'hideOthers', label: t('menu:app.hideOthers') },
      { role: 'unhide', label: t('menu:app.showAll') },
      separator,
      { role: 'quit', label: t('menu:app.quit') },
    ],
  };

  const recentItems: MenuItemConstructorOptions[] = model.recent.length
    ? model.recent.map((file, i) => ({ id: `recent.${i}`, label: file.name, click: () => file.open() }))
    : [{ id: 'recent.none', label: t('menu:file.noRecent'), enabled: false }];

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu:file.label'),
    submenu: [
      command(t('menu:file.newJourney'), 'journey.new'),
      command(t('menu:file.open'), 'file.open'),
      {
        id: 'file.openRecent',
        label: t('menu:file.openRecent'),
        submenu: [
          ...recentItems,
          separator,
          { id: 'recent.clear', label: t('menu:file.clearRecent'), enabled: model.recent.length > 0, click: () => model.clearRecent() },
        ],
      },
      separator,
      command(t('menu:file.save'), 'file.save'),
      command(t('menu:file.saveAs'), 'file.saveAs'),
      separator,
      {
        id: 'file.export',
        label: t('menu:file.export'),
        submenu: [
          command(t('menu:file.exportPng'), 'file.exportPng'),
          command(t('menu:file.exportPdf'), 'file.exportPdf'),
          command(t('menu:file.exportCsv'), 'file.exportCsv'),
          command(t('menu:file.exportJourney'), 'file.exportJourney'),
          command(t('menu:file.exportPack'), 'file.exportPack'),
        ],
      },
      separator,
      command(t('menu:file.closeJourney'), 'file.closeJourney'),
      ...(mac ? [] : [separator, { role: 'quit', label: t('menu:file.quit') } as MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu:edit.label'),
    submenu: [
      command(t('menu:edit.undo'), 'edit.undo'),
      command(t('menu:edit.redo'), 'edit.redo'),
      separator,
      { role: 'cut', label: t('menu:edit.cut') },
      { role: 'copy', label: t('menu:edit.copy') },
      { role: 'paste', label: t('menu:edit.paste') },
      command(t('menu:edit.duplicate'), 'edit.duplicate'),
      // Shown, not registered: a bare Delete key belongs to whatever has the focus.
      command(t('menu:edit.delete'), 'edit.delete'),
      separator,
      command(t('menu:edit.selectAll'), 'edit.selectAll'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu:view.label'),
    submenu: [
      command(t('menu:view.zoomIn'), 'view.zoomIn'),
      command(t('menu:view.zoomOut'), 'view.zoomOut'),
      command(t('menu:view.zoomReset'), 'view.zoomReset'),
      command(t('menu:view.zoomToFit'), 'view.zoomToFit'),
      command(t('menu:view.zoomToSelection'), 'view.zoomToSelection'),
      separator,
      command(t('menu:view.presentation'), 'view.presentation'),
      command(t('menu:view.projector'), 'view.projector'),
      separator,
      { role: 'togglefullscreen', label: t('menu:view.fullScreen') },
      ...(model.devTools ? [{ role: 'toggleDevTools', label: t('menu:view.devTools') } as MenuItemConstructorOptions] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu:window.label'),
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: t('menu:window.minimize') },
      { role: 'zoom', label: t('menu:window.zoom') },
      separator,
      { role: 'front', label: t('menu:window.front') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t('menu:help.label'),
    role: 'help',
    submenu: [
      command(t('menu:help.shortcuts'), 'help.shortcuts'),
      command(t('menu:help.restoreBackup'), 'help.restoreBackup'),
      ...(mac ? [] : [separator, command(t('menu:help.about'), 'help.about')]),
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
