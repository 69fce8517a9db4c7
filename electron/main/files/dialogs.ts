/**
 * The native open, save and folder dialogs, translated, attached to the window that asked.
 * Thin glue over Electron's `dialog`; the services that use it are tested with fake dialogs.
 */
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions, type WebContents } from 'electron';
import type { ExportKind } from '../../../shared/ipc/channels';
import type { Translate } from '../menu/translate';
import type { ExportDialogs } from './exports';
import type { JourneyFileDialogs } from './journeyFiles';

export interface NativeDialogs extends JourneyFileDialogs, ExportDialogs {
  /** Asks whether to reopen the projector window on a display just connected. */
  confirmReopenProjector(displayName: string): Promise<boolean>;
}

function windowOf(owner: unknown): BrowserWindow | null {
  if (owner instanceof BrowserWindow) return owner;
  return owner ? BrowserWindow.fromWebContents(owner as WebContents) : BrowserWindow.getFocusedWindow();
}

async function showOpen(owner: unknown, options: OpenDialogOptions): Promise<string | null> {
  const win = windowOf(owner);
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function showSave(owner: unknown, options: SaveDialogOptions): Promise<string | null> {
  const win = windowOf(owner);
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export function createNativeDialogs(translate: () => Translate): NativeDialogs {
  const exportFilters = (t: Translate): Record<ExportKind, string> => ({
    png: t('menu:dialog.png'),
    pdf: t('menu:dialog.pdf'),
    csv: t('menu:dialog.csv'),
    json: t('menu:dialog.json'),
    zip: t('menu:dialog.zip'),
  });
  return {
    chooseJourneyToOpen(owner) {
      const t = translate();
      return showOpen(owner, {
        title: t('menu:dialog.openJourney'),
        properties: ['openFile'],
        filters: [
          { name: t('menu:dialog.journeyFiles'), extensions: ['json'] },
          { name: t('menu:dialog.allFiles'), extensions: ['*'] },
        ],
      });
    },
    chooseJourneySaveLocation(owner, defaultPath) {
      const t = translate();
      return showSave(owner, {
        title: t('menu:dialog.saveJourney'),
        defaultPath,
        filters: [{ name: t('menu:dialog.journeyFiles'), extensions: ['json'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
    chooseExportLocation(owner, defaultPath, kind) {
      const t = translate();
      return showSave(owner, {
        title: t('menu:dialog.export'),
        defaultPath,
        filters: [{ name: exportFilters(t)[kind], extensions: [kind] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
    chooseFolder(owner, defaultPath) {
      const t = translate();
      return showOpen(owner, { title: t('menu:dialog.exportFolder'), defaultPath, properties: ['openDirectory', 'createDirectory'] });
    },
    async confirmReopenProjector(displayName) {
      const t = translate();
      const win = BrowserWindow.getFocusedWindow();
      const options = {
        type: 'question' as const,
        title: t('menu:projector.reopenTitle'),
        message: t('menu:projector.reopenMessage', { name: displayName }),
        buttons: [t('menu:projector.reopen'), t('menu:projector.notNow')],
        defaultId: 0,
        cancelId: 1,
      };
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  };
}
