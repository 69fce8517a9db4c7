/**
 * The BroadcastChannel this window shares with the app's other windows and tabs (the
 * facilitator's window and the projector, or two browser tabs). Each window has an id so that
 * it can ignore its own messages and answer one window in particular.
 */
import { parseSyncMessage, SYNC_CHANNEL_NAME, type SyncMessage } from './messages';

export interface SyncChannel {
  readonly windowId: string;
  post(message: SyncMessage): void;
  /** Listens to other windows' valid messages. Returns the unsubscribe function. */
  listen(listener: (message: SyncMessage) => void): () => void;
  close(): void;
}

export function openSyncChannel(options: { name?: string; windowId?: string } = {}): SyncChannel {
  const windowId = options.windowId ?? crypto.randomUUID();
  if (typeof BroadcastChannel === 'undefined') {
    // No other window can exist without it (very old engines): a channel that talks to no one.
    return { windowId, post: () => undefined, listen: () => () => undefined, close: () => undefined };
  }
  const channel = new BroadcastChannel(options.name ?? SYNC_CHANNEL_NAME);
  const listeners = new Set<(message: SyncMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = parseSyncMessage(event.data);
    if (!message || message.from === windowId) return;
    for (const listener of listeners) listener(message);
  };
  return {
    windowId,
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (window unloading): the other windows read the database later.
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
