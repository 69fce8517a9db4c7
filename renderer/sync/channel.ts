/**
 * The sync channel this window shares with the app's other windows and tabs (the
 * facilitator's window and the projector, or two browser tabs): the typed channel
 * (typedChannel.ts) with the sync messages. Each window has an id so that it can ignore its
 * own messages and answer one window in particular.
 */
import { parseSyncMessage, SYNC_CHANNEL_NAME, type SyncMessage } from './messages';
import { openTypedChannel, type TypedChannel } from './typedChannel';

export interface SyncChannel extends TypedChannel<SyncMessage> {
  readonly windowId: string;
}

export function openSyncChannel(options: { name?: string; windowId?: string } = {}): SyncChannel {
  const windowId = options.windowId ?? crypto.randomUUID();
  // Messages this window posted itself are dropped like malformed ones.
  const channel = openTypedChannel(options.name ?? SYNC_CHANNEL_NAME, (data) => {
    const message = parseSyncMessage(data);
    return message && message.from !== windowId ? message : null;
  });
  return { ...channel, windowId };
}
