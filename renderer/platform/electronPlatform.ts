import type { JourneyboardApi } from '../../shared/ipc/channels';
import { createIpcParticipantsApi } from '../participants/participantsApi';
import type { Platform } from './platform';

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
    onMenuAction: (listener) => api.onMenuAction(listener),
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
