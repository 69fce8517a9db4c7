/**
 * One handler per invoke channel of the contract, each a thin call into a plain service. The
 * mapped type makes a missing channel a compile error; registerInvokeHandlers puts every one
 * behind handleInvoke's sender and payload checks.
 */
import type { AppInfo, UiLanguageCode } from '../../../shared/ipc/channels';
import type { InvokeChannel } from '../../../shared/ipc/contract';
import type { BackupStore } from '../backups/backupStore';
import type { ExportService } from '../files/exports';
import type { JourneyFileService } from '../files/journeyFiles';
import type { ParticipantsController } from '../participants/participantsController';
import type { ProjectorController } from '../projector/projectorController';
import type { InvokeEventLike, InvokeHandler } from './guard';

export interface MainServices {
  appInfo(): AppInfo;
  setLanguage(language: UiLanguageCode): void;
  readyToQuit(): void;
  files: JourneyFileService;
  exports: ExportService;
  backups: BackupStore;
  projector: ProjectorController;
  participants: ParticipantsController;
}

/** The event as handlers see it: `sender` is the asking window's web contents (a dialog's owner). */
export type HandlerEvent = InvokeEventLike & { sender: unknown };

export type InvokeHandlers = { [C in InvokeChannel]: InvokeHandler<C, HandlerEvent> };

export function createInvokeHandlers(services: MainServices): InvokeHandlers {
  const { files, exports, backups, projector } = services;
  return {
    'app:info': () => services.appInfo(),
    'app:set-language': (_event, language) => services.setLanguage(language),
    'app:ready-to-quit': () => services.readyToQuit(),
    'journey-file:open': (event) => files.open(event.sender),
    'journey-file:open-recent': (_event, fileToken) => files.openRecent(fileToken),
    'journey-file:list-recent': () => files.listRecent(),
    'journey-file:save': (event, options) => files.save(event.sender, options),
    'export:save': (event, options) => exports.saveExport(event.sender, options),
    'export:save-pack': (event, options) => exports.saveExportPack(event.sender, options),
    'backup:write': async (_event, options) => {
      await backups.write(options);
    },
    'backup:list': () => backups.list(),
    'backup:read': (_event, backupToken) => backups.read(backupToken),
    'displays:list': () => projector.listDisplays(),
    'projector:open': (_event, options) => projector.open(options),
    'projector:close': () => projector.close(),
    'participants:networks': () => services.participants.networks(),
    'participants:start': (_event, options) => services.participants.start(options),
    'participants:command': (_event, command) => services.participants.command(command),
  };
}

export function registerInvokeHandlers(
  handlers: InvokeHandlers,
  register: <C extends InvokeChannel>(channel: C, handler: InvokeHandler<C, HandlerEvent>) => void,
): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    register(channel, handlers[channel] as InvokeHandler<typeof channel, HandlerEvent>);
  }
}
