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
  const command = (label: string, action: MenuAction, accelerator?: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    id: action,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(action),
    ...extra,
  });

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
      command(t('menu:file.newJourney'), 'journey.new', 'CmdOrCtrl+N'),
      command(t('menu:file.open'), 'file.open', 'CmdOrCtrl+O'),
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
      command(t('menu:file.save'), 'file.save', 'CmdOrCtrl+S'),
      command(t('menu:file.saveAs'), 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      separator,
      {
        id: 'file.export',
        label: t('menu:file.export'),
        submenu: [
          command(t('menu:file.exportPng'), 'file.exportPng', 'CmdOrCtrl+Shift+E'),
          command(t('menu:file.exportPdf'), 'file.exportPdf'),
          command(t('menu:file.exportCsv'), 'file.exportCsv'),
          command(t('menu:file.exportPack'), 'file.exportPack'),
        ],
      },
      separator,
      command(t('menu:file.closeJourney'), 'file.closeJourney', 'CmdOrCtrl+W'),
      ...(mac ? [] : [separator, { role: 'quit', label: t('menu:file.quit') } as MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu:edit.label'),
    submenu: [
      command(t('menu:edit.undo'), 'edit.undo', 'CmdOrCtrl+Z'),
      command(t('menu:edit.redo'), 'edit.redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut', label: t('menu:edit.cut') },
      { role: 'copy', label: t('menu:edit.copy') },
      { role: 'paste', label: t('menu:edit.paste') },
      command(t('menu:edit.duplicate'), 'edit.duplicate', 'CmdOrCtrl+D'),
      // Shown, not registered: a bare Delete key belongs to whatever has the focus.
      command(t('menu:edit.delete'), 'edit.delete', mac ? 'Backspace' : 'Delete', { registerAccelerator: false }),
      separator,
      command(t('menu:edit.selectAll'), 'edit.selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu:view.label'),
    submenu: [
      command(t('menu:view.zoomIn'), 'view.zoomIn', 'CmdOrCtrl+='),
      command(t('menu:view.zoomOut'), 'view.zoomOut', 'CmdOrCtrl+-'),
      command(t('menu:view.zoomReset'), 'view.zoomReset', 'CmdOrCtrl+0'),
      command(t('menu:view.zoomToFit'), 'view.zoomToFit', 'CmdOrCtrl+1'),
      command(t('menu:view.zoomToSelection'), 'view.zoomToSelection', 'CmdOrCtrl+2'),
      separator,
      command(t('menu:view.presentation'), 'view.presentation', 'F5'),
      command(t('menu:view.projector'), 'view.projector', 'CmdOrCtrl+Shift+P'),
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
      command(t('menu:help.shortcuts'), 'help.shortcuts', 'CmdOrCtrl+/'),
      command(t('menu:help.restoreBackup'), 'help.restoreBackup'),
      ...(mac ? [] : [separator, command(t('menu:help.about'), 'help.about')]),
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
