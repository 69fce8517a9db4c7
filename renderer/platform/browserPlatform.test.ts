// @vitest-environment jsdom
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_JOURNEY_FILE_BYTES } from '../../shared/ipc/channels';
import type { BrowserEnv } from './browserFiles';
import { createBrowserPlatform } from './browserPlatform';

/** A file handle whose writes land in `written`, like Chromium's swap-file writes. */
function fakeHandle(name: string, content = '', failWrite?: string) {
  const state = { content, written: [] as string[] };
  const handle = {
    kind: 'file',
    name,
    getFile: async () => new File([state.content], name),
    createWritable: async () => {
      let pending = '';
      return {
        write: async (blob: Blob) => {
          if (failWrite) throw Object.assign(new Error('refused'), { name: failWrite });
          pending = await blob.text();
        },
        close: async () => {
          state.content = pending;
          state.written.push(pending);
        },
        abort: async () => undefined,
      };
    },
  } as unknown as FileSystemFileHandle;
  return { handle, state };
}

let listeners = new AbortController();

function env(overrides: Partial<BrowserEnv> = {}) {
  let n = 0;
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const base: BrowserEnv = {
    document,
    createObjectURL: (blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url) => blobs.delete(url),
    randomToken: () => `token${String(++n).padStart(6, '0')}`,
    ...overrides,
  };
  document.addEventListener('click', (event) => {
    const link = event.target as HTMLAnchorElement;
    if (link.tagName === 'A' && link.download) {
      event.preventDefault(); // jsdom cannot navigate; record what the browser would save
      downloads.push({ name: link.download, blob: blobs.get(link.href)! });
    }
  }, { signal: listeners.signal });
  return { env: base, downloads };
}

describe('browser platform', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    listeners.abort();
    listeners = new AbortController();
  });

  it('reports desktop-only features as absent', () => {
    const platform = createBrowserPlatform(env().env);
    expect(platform.kind).toBe('browser');
    expect(platform.capabilities).toEqual({ backups: false, projectorWindow: false, recentFiles: false, nativeMenu: false, saveInPlace: false });
    expect(platform.backups).toBeNull();
    expect(platform.projector).toBeNull();
    expect(platform.recentFiles).toBeNull();
  });

  it('opens and saves back through the File System Access API', async () => {
    const { handle, state } = fakeHandle('Workshop.journey.json', '{"a":1}');
    const showSaveFilePicker = vi.fn();
    const platform = createBrowserPlatform(env({ showOpenFilePicker: async () => [handle], showSaveFilePicker }).env);
    expect(platform.capabilities.saveInPlace).toBe(true);

    const opened = await platform.openJourneyFile();
    if (opened.canceled || !opened.ok) throw new Error('not opened');
    expect(new TextDecoder().decode(opened.data)).toBe('{"a":1}');
    expect(opened.name).toBe('Workshop.journey.json');

    const saved = await platform.saveJourneyFile({ content: '{"a":2}', suggestedName: 'x', fileToken: opened.fileToken });
    expect(saved).toEqual({ canceled: false, ok: true, fileToken: opened.fileToken, name: 'Workshop.journey.json' });
    expect(state.content).toBe('{"a":2}');
    expect(showSaveFilePicker).not.toHaveBeenCalled();
  });

  it('treats a closed picker as cancelled and refuses an oversize file before reading it', async () => {
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    const cancelled = createBrowserPlatform(env({ showOpenFilePicker: () => Promise.reject(abort), showSaveFilePicker: () => Promise.reject(abort) }).env);
    expect(await cancelled.openJourneyFile()).toEqual({ canceled: true });
    expect(await cancelled.saveJourneyFile({ content: '{}', suggestedName: 'a' })).toEqual({ canceled: true });

    const huge = { name: 'huge.journey.json', size: MAX_JOURNEY_FILE_BYTES + 1, arrayBuffer: vi.fn() } as unknown as File;
    const handle = { name: huge.name, getFile: async () => huge } as unknown as FileSystemFileHandle;
    const platform = createBrowserPlatform(env({ showOpenFilePicker: async () => [handle] }).env);
    expect(await platform.openJourneyFile()).toEqual({ canceled: false, ok: false, name: 'huge.journey.json', error: 'tooLarge' });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('Save As asks for a new file and names it .journey.json', async () => {
    const { handle, state } = fakeHandle('Kickoff.journey.json');
    const showSaveFilePicker = vi.fn(async () => handle);
    const platform = createBrowserPlatform(env({ showSaveFilePicker }).env);
    const saved = await platform.saveJourneyFile({ content: '{"b":1}', suggestedName: 'Kickoff' });
    expect(showSaveFilePicker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'Kickoff.journey.json' }));
    expect(saved).toMatchObject({ ok: true, name: 'Kickoff.journey.json' });
    expect(state.written).toEqual(['{"b":1}']);
  });

  it('reports a refused write as read-only', async () => {
    const { handle, state } = fakeHandle('Locked.journey.json', 'old', 'NoModificationAllowedError');
    const platform = createBrowserPlatform(env({ showSaveFilePicker: async () => handle }).env);
    expect(await platform.saveJourneyFile({ content: 'new', suggestedName: 'Locked' })).toEqual({ canceled: false, ok: false, error: 'readOnly' });
    expect(state.content).toBe('old');
  });

  it('falls back to an upload and a download without the File System Access API', async () => {
    const { env: e, downloads } = env();
    const platform = createBrowserPlatform(e);
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: [new File(['{"c":3}'], 'Upload.journey.json')] });
      this.dispatchEvent(new Event('change'));
    });
    const opened = await platform.openJourneyFile();
    click.mockRestore();
    expect(opened).toMatchObject({ ok: true, name: 'Upload.journey.json' });

    // Issue 15: no picker, so the file is offered; the download starts only when taken.
    const saved = await platform.saveJourneyFile({ content: '{"c":4}', suggestedName: 'Upload.json' });
    if (saved.canceled || saved.ok || saved.error !== 'downloadOffered') throw new Error('no download offered');
    expect(saved.name).toBe('Upload.journey.json');
    expect(downloads).toEqual([]);
    saved.download();
    expect(downloads.map((d) => d.name)).toEqual(['Upload.journey.json']);
    expect(await downloads[0]!.blob.text()).toBe('{"c":4}');
    expect(document.body.querySelector('a')).toBeNull();
  });

  it('offers a download when the save picker refuses, but not when the user cancels it', async () => {
    const refusal = Object.assign(new Error('Must be handling a user gesture'), { name: 'SecurityError' });
    const refused = createBrowserPlatform(env({ showSaveFilePicker: () => Promise.reject(refusal) }).env);
    expect(await refused.saveJourneyFile({ content: '{}', suggestedName: 'Plan' })).toMatchObject({ ok: false, error: 'downloadOffered', name: 'Plan.journey.json' });
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    const cancelled = createBrowserPlatform(env({ showSaveFilePicker: () => Promise.reject(abort) }).env);
    expect(await cancelled.saveJourneyFile({ content: '{}', suggestedName: 'Plan' })).toEqual({ canceled: true });
  });

  it('a cancelled upload changes nothing', async () => {
    const platform = createBrowserPlatform(env().env);
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await platform.openJourneyFile()).toEqual({ canceled: true });
    click.mockRestore();
  });

  it('downloads an export and packs several files as one zip with a folder', async () => {
    const { env: e, downloads } = env();
    const platform = createBrowserPlatform(e);
    await platform.saveExport({ suggestedName: 'Map.png', kind: 'png', data: new Uint8Array([137, 80, 78, 71]) });
    await platform.saveExportPack({
      folderName: 'Workshop',
      files: [
        { name: 'notes.csv', data: new TextEncoder().encode('a,b') },
        { name: 'map.png', data: new Uint8Array([1, 2, 3]) },
      ],
    });
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([
      ['Map.png', 'image/png'],
      ['Workshop.zip', 'application/zip'],
    ]);
    const zip = unzipSync(new Uint8Array(await downloads[1]!.blob.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['Workshop/map.png', 'Workshop/notes.csv']);
    expect(strFromU8(zip['Workshop/notes.csv']!)).toBe('a,b');
  });
});
