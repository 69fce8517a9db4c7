/**
 * The app's one BroadcastChannel wrapper: a named channel between this app's windows and tabs
 * (same origin), carrying one kind of message. Every incoming message goes through `parse`
 * before any listener sees it: only this app's pages can post, but a bug or an older build in
 * another window must not corrupt this one. Live sync (journeys) and the room (projector) each
 * open one with their own message schema.
 */
export interface TypedChannel<M> {
  post(message: M): void;
  /** Listens to valid messages from other windows. Returns the unsubscribe function. */
  subscribe(listener: (message: M) => void): () => void;
  close(): void;
}

export function openTypedChannel<M>(
  name: string,
  parse: (data: unknown) => M | null,
  create: ((name: string) => BroadcastChannel) | null = typeof BroadcastChannel === 'undefined' ? null : (n) => new BroadcastChannel(n),
): TypedChannel<M> {
  if (!create) {
    // No other window can exist without it (very old engines): a channel that talks to no one.
    return { post: () => undefined, subscribe: () => () => undefined, close: () => undefined };
  }
  const channel = create(name);
  const listeners = new Set<(message: M) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = parse(event.data);
    if (message === null) return;
    for (const listener of [...listeners]) listener(message);
  };
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (window unloading): the other windows catch up from the database
        // or from the next full state.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
