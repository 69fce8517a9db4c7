import type { JourneyboardApi } from '../../shared/ipc/channels';
import { createIpcParticipantsApi } from '../participants/participantsApi';
import type { Platform } from './platform';
import { isModalOpen } from '../actions/modal';

/** The desktop platform: every verb goes to main through the preload's `window.journeyboard`. */
export function createElectronPlatform(api: JourneyboardApi): Platform {
  return {
    kind: 'electron',
    participants: createIpcParticipantsApi(api),
    capabilities: { backups: true, projectorWindow: true, recentFiles: true, nativeMenu: true, saveInPlace: true },
    appInfo: () => api.appInfo(),
    setLanguage: (language) => api.setLanguage(language),
    openJourneyFile: () => api.openJourneyFile(),
    saveJourneyFile: (options) => api.saveJourneyFile(options),
    saveExport: (options) => api.saveExport(options),
    saveExportPack: (options) => api.saveExportPack(options),
    // A modal dialog owns the window: menu commands, their key bindings included, wait until it
    // closes (the same rule as the board's shortcuts). Cut, Copy and Paste are native roles and
    // keep working in the dialog's fields.
    onMenuAction: (listener) => api.onMenuAction((action) => {
      if (!isModalOpen()) listener(action);
    }),
    onOpenFile: (listener) => api.onOpenFile(listener),
    onBeforeQuit: (listener) => api.onBeforeQuit(listener),
    recentFiles: {
      list: () => api.listRecentJourneyFiles(),
      open: (fileToken) => api.openRecentJourneyFile(fileToken),
    },
    backups: {
      write: (options) => api.writeBackup(options),
      list: () => api.listBackups(),
      read: (backupToken) => api.readBackup(backupToken),
    },
    projector: {
      listDisplays: () => api.listDisplays(),
      open: (options) => api.openProjector(options),
      close: () => api.closeProjector(),
      onDisplaysChanged: (listener) => api.onDisplaysChanged(listener),
      onClosed: (listener) => api.onProjectorClosed(listener),
    },
  };
}
