/** This window's one sync channel, shared by live sync and the library. */
import { openSyncChannel, type SyncChannel } from './channel';

let channel: SyncChannel | null = null;

export function windowChannel(): SyncChannel {
  channel ??= openSyncChannel();
  return channel;
}

/** Tells other windows' libraries to reload their list. */
export function announceLibraryChange(): void {
  const c = windowChannel();
  c.post({ type: 'library', from: c.windowId });
}
