import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type JourneyboardApi } from '../../shared/ipc/channels';
import { createJourneyboardApi, type IpcRendererLike } from './api';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args }));
  const ipc: IpcRendererLike = {
    invoke,
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload?: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event object' }, payload);
  };
  return { ipc, invoke, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('preload API', () => {
  it('maps each verb to its contract channel', async () => {
    const { ipc, invoke } = fakeIpc();
    const api = createJourneyboardApi(ipc);
    const calls: [keyof JourneyboardApi, unknown[], string][] = [
      ['appInfo', [], INVOKE_CHANNELS.appInfo],
      ['setLanguage', ['de'], INVOKE_CHANNELS.setLanguage],
      ['openJourneyFile', [], INVOKE_CHANNELS.openJourneyFile],
      ['openRecentJourneyFile', ['token123'], INVOKE_CHANNELS.openRecentJourneyFile],
      ['listRecentJourneyFiles', [], INVOKE_CHANNELS.listRecentJourneyFiles],
      ['saveJourneyFile', [{ content: '{}', suggestedName: 'a' }], INVOKE_CHANNELS.saveJourneyFile],
      ['saveExport', [{ suggestedName: 'a.png', kind: 'png', data: new Uint8Array(1) }], INVOKE_CHANNELS.saveExport],
      ['saveExportPack', [{ folderName: 'P', files: [] }], INVOKE_CHANNELS.saveExportPack],
      ['writeBackup', [{ journeyId: 'j', title: 't', content: '{}' }], INVOKE_CHANNELS.writeBackup],
      ['listBackups', [], INVOKE_CHANNELS.listBackups],
      ['readBackup', ['token123'], INVOKE_CHANNELS.readBackup],
      ['listDisplays', [], INVOKE_CHANNELS.listDisplays],
      ['openProjector', [{ displayId: null }], INVOKE_CHANNELS.openProjector],
      ['closeProjector', [], INVOKE_CHANNELS.closeProjector],
      ['participantsNetworks', [], INVOKE_CHANNELS.participantsNetworks],
      ['participantsStart', [{ address: '192.168.1.5', anonymousAllowed: false }], INVOKE_CHANNELS.participantsStart],
      ['participantsCommand', [{ type: 'stop' }], INVOKE_CHANNELS.participantsCommand],
    ];
    for (const [verb, args, channel] of calls) {
      await (api[verb] as (...a: unknown[]) => Promise<unknown>)(...args);
      expect(invoke).toHaveBeenLastCalledWith(channel, ...args);
    }
    const invokeChannels = new Set(Object.values(INVOKE_CHANNELS));
    invokeChannels.delete(INVOKE_CHANNELS.readyToQuit); // sent by the preload itself after onBeforeQuit
    expect(new Set(calls.map((c) => c[2]))).toEqual(invokeChannels);
  });

  it('passes only known menu actions to listeners, without the IPC event', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createJourneyboardApi(ipc);
    const listener = vi.fn();
    const stop = api.onMenuAction(listener);
    emit(EVENT_CHANNELS.menuAction, 'file.save');
    emit(EVENT_CHANNELS.menuAction, 'shell.exec');
    expect(listener.mock.calls).toEqual([['file.save']]);
    stop();
    expect(count(EVENT_CHANNELS.menuAction)).toBe(0);
  });

  it('keeps files opened before anyone listens and hands them to the first listener', () => {
    const { ipc, emit } = fakeIpc();
    const api = createJourneyboardApi(ipc);
    const file = { canceled: false, ok: true, fileToken: 'token123', name: 'a.journey.json', data: new Uint8Array([123, 125]) };
    emit(EVENT_CHANNELS.openFile, file);
    const listener = vi.fn();
    api.onOpenFile(listener);
    expect(listener).toHaveBeenCalledWith(file);
    emit(EVENT_CHANNELS.openFile, file);
    expect(listener).toHaveBeenCalledTimes(2);
    const later = vi.fn();
    api.onOpenFile(later);
    expect(later).not.toHaveBeenCalled(); // the early file went to the first listener only
  });

  it('answers before-quit after every listener finished, even a failing one', async () => {
    const { ipc, invoke, emit } = fakeIpc();
    const api = createJourneyboardApi(ipc);
    const order: string[] = [];
    api.onBeforeQuit(async () => {
      await new Promise((r) => setTimeout(r, 5));
      order.push('flushed');
    });
    api.onBeforeQuit(() => {
      throw new Error('backup failed');
    });
    emit(EVENT_CHANNELS.beforeQuit);
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNELS.readyToQuit));
    expect(order).toEqual(['flushed']);
  });

  it('passes display lists and projector closes through', () => {
    const { ipc, emit } = fakeIpc();
    const api = createJourneyboardApi(ipc);
    const displays = vi.fn();
    const closed = vi.fn();
    api.onDisplaysChanged(displays);
    api.onProjectorClosed(closed);
    emit(EVENT_CHANNELS.displaysChanged, [{ id: 1 }]);
    emit(EVENT_CHANNELS.displaysChanged, 'nonsense');
    emit(EVENT_CHANNELS.projectorClosed, 'displayRemoved');
    emit(EVENT_CHANNELS.projectorClosed, 'exploded');
    expect(displays.mock.calls).toEqual([[[{ id: 1 }]]]);
    expect(closed.mock.calls).toEqual([['displayRemoved']]);
  });
});

describe('preload entry', () => {
  it('exposes the API as window.journeyboard through the context bridge, never ipcRenderer', async () => {
    const exposed: Record<string, unknown> = {};
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (name: string, value: unknown) => (exposed[name] = value) },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    }));
    await import('./preload');
    expect(Object.keys(exposed)).toEqual(['journeyboard']);
    const api = exposed.journeyboard as Record<string, unknown>;
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    vi.doUnmock('electron');
  });
});
