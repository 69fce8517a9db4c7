/**
 * The checks every IPC call passes before its handler runs: the channel must be in the
 * contract, the sender must be the app's own top-level frame at app://journeyboard (not an
 * iframe, not a page that somehow navigated elsewhere), and the arguments must match the
 * channel's schema. Plain code, tested with fake events; handle.ts registers it with Electron.
 */
import { invokeSchemas, isInvokeChannel, type InvokeArgs, type InvokeChannel } from '../../../shared/ipc/contract';
import { isAppUrl } from '../security/navigation';

/** The parts of Electron's IpcMainInvokeEvent the checks read. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export type InvokeHandler<C extends InvokeChannel, E extends InvokeEventLike = InvokeEventLike> = (
  event: E,
  ...args: InvokeArgs<C>
) => unknown;

export class RefusedInvokeError extends Error {
  override name = 'RefusedInvokeError';
}

/** Why a sender is refused, or null when it is the app's own top-level frame. */
export function senderProblem(event: InvokeEventLike): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'no sender frame';
  if (frame.parent !== null) return 'not a top-level frame';
  if (!isAppUrl(frame.url)) return 'not the app origin';
  return null;
}

/** Wraps a handler in the sender and payload checks. Register it with handleInvoke. */
export function guardInvoke<C extends InvokeChannel, E extends InvokeEventLike>(
  channel: C,
  handler: InvokeHandler<C, E>,
): (event: E, ...args: unknown[]) => Promise<unknown> {
  if (!isInvokeChannel(channel)) throw new RefusedInvokeError(`unknown channel ${String(channel)}`);
  const schema = invokeSchemas[channel];
  return async (event, ...args) => {
    const problem = senderProblem(event);
    if (problem) throw new RefusedInvokeError(`${channel}: ${problem}`);
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      // Name only the failing paths: the payload may be large or hold the user's text.
      const paths = parsed.error.issues.map((i) => i.path.join('.') || '(arguments)').join(', ');
      throw new RefusedInvokeError(`${channel}: invalid arguments at ${paths}`);
    }
    return handler(event, ...(parsed.data as InvokeArgs<C>));
  };
}

