/**
 * Sending contract events to a window's renderer. A window can be gone by the time an event is
 * sent (closed during a dialog, the projector unplugged), so every send checks first.
 */
import { EVENT_CHANNELS } from '../../shared/ipc/channels';

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export type EventName = keyof typeof EVENT_CHANNELS;

export function sendEvent(target: EventTarget | null | undefined, name: EventName, payload?: unknown): boolean {
  if (!target || target.isDestroyed()) return false;
  if (payload === undefined) target.send(EVENT_CHANNELS[name]);
  else target.send(EVENT_CHANNELS[name], payload);
  return true;
}
