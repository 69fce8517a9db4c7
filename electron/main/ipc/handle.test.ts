import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_BYTES } from '../../../shared/ipc/contract';

const registered = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (...args: unknown[]) => unknown) => registered.set(channel, listener) },
}));

const { guardInvoke, handleInvoke, senderProblem } = await import('./handle');

const appFrame = { url: 'app://journeyboard/index.html', parent: null };
const ok = { senderFrame: appFrame };

describe('IPC sender checks', () => {
  it('accepts the app’s own top-level frame, including the projector route', () => {
    expect(senderProblem(ok)).toBeNull();
    expect(senderProblem({ senderFrame: { url: 'app://journeyboard/index.html#projector', parent: null } })).toBeNull();
  });

  it.each([
    ['a missing frame', { senderFrame: null }, 'no sender frame'],
    ['an iframe', { senderFrame: { url: 'app://journeyboard/index.html', parent: appFrame } }, 'not a top-level frame'],
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }, 'not the app origin'],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }, 'not the app origin'],
    ['a look-alike host', { senderFrame: { url: 'app://journeyboard.evil/', parent: null } }, 'not the app origin'],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null } }, 'not the app origin'],
  ])('refuses %s', (_name, event, problem) => {
    expect(senderProblem(event)).toBe(problem);
  });
});

describe('guardInvoke', () => {
  it('calls the handler with the validated arguments', async () => {
    const handler = vi.fn(async (_event: unknown, token: string) => `read ${token}`);
    const guarded = guardInvoke('backup:read', handler);
    await expect(guarded(ok, 'abcdefgh12')).resolves.toBe('read abcdefgh12');
    expect(handler).toHaveBeenCalledWith(ok, 'abcdefgh12');
  });

  it('never runs the handler for a wrong sender', async () => {
    const handler = vi.fn();
    const guarded = guardInvoke('journey-file:open', handler);
    await expect(guarded({ senderFrame: { url: 'https://evil.example/', parent: null } })).rejects.toThrow(/not the app origin/);
    await expect(guarded({ senderFrame: { url: 'app://journeyboard/', parent: appFrame } })).rejects.toThrow(/top-level/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing argument', 'backup:read', []],
    ['a path instead of a token', 'backup:read', ['../../etc/passwd']],
    ['an extra argument', 'app:info', ['surprise']],
    ['a wrong language', 'app:set-language', ['fr']],
    ['a raw path key', 'journey-file:save', [{ content: '{}', suggestedName: 'a.json', path: '/etc/passwd' }]],
    ['a number as content', 'journey-file:save', [{ content: 42, suggestedName: 'a.json' }]],
    ['a folder in the name', 'export:save', [{ suggestedName: '../a.png', kind: 'png', data: new Uint8Array(1) }]],
    ['an array instead of bytes', 'export:save', [{ suggestedName: 'a.png', kind: 'png', data: [1, 2] }]],
    ['an unknown export kind', 'export:save', [{ suggestedName: 'a.exe', kind: 'exe', data: new Uint8Array(1) }]],
    ['a fractional display id', 'projector:open', [{ displayId: 1.5 }]],
    ['a bad journey id', 'backup:write', [{ journeyId: '../x', title: 't', content: '{}' }]],
    ['a prototype key', 'projector:open', [JSON.parse('{"displayId":1,"__proto__":{"polluted":true}}')]],
  ])('refuses %s', async (_name, channel, args) => {
    const handler = vi.fn();
    const guarded = guardInvoke(channel as 'app:info', handler);
    await expect(guarded(ok, ...args)).rejects.toThrow(/invalid arguments/);
    expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversize export without copying it', async () => {
    const handler = vi.fn();
    const guarded = guardInvoke('export:save', handler);
    const huge = { byteLength: MAX_EXPORT_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    await expect(guarded(ok, { suggestedName: 'a.png', kind: 'png', data: huge })).rejects.toThrow(/invalid arguments at 0.data/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a channel outside the contract', () => {
    expect(() => guardInvoke('shell:exec' as 'app:info', vi.fn())).toThrow(/unknown channel/);
  });
});

describe('handleInvoke', () => {
  beforeEach(() => registered.clear());

  it('registers the guarded handler with ipcMain', async () => {
    const handler = vi.fn(() => 'info');
    handleInvoke('app:info', handler);
    const listener = registered.get('app:info')!;
    await expect(listener(ok)).resolves.toBe('info');
    await expect(listener({ senderFrame: null })).rejects.toThrow(/no sender frame/);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
