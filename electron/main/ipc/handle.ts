/**
 * The one place that registers IPC handlers (`ipcMain.handle` and `ipcMain.on` are banned
 * elsewhere by lint): every handler goes through guardInvoke's sender and payload checks.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel } from '../../../shared/ipc/contract';
import { guardInvoke, type InvokeHandler } from './guard';

export { guardInvoke, senderProblem, RefusedInvokeError, type InvokeEventLike, type InvokeHandler } from './guard';

/** Registers the handler for one contract channel, behind the checks. */
export function handleInvoke<C extends InvokeChannel>(channel: C, handler: InvokeHandler<C, IpcMainInvokeEvent>): void {
  ipcMain.handle(channel, guardInvoke(channel, handler) as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>);
}
