import { describe, expect, it, vi } from 'vitest';
import type { JourneyboardApi } from '../../shared/ipc/channels';
import { createElectronPlatform } from './electronPlatform';

describe('Electron platform', () => {
  it('passes every verb to the preload API and offers the desktop features', async () => {
    const calls: string[] = [];
    const api = new Proxy({} as JourneyboardApi, {
      get: (_t, name: string) =>
        vi.fn(async (...args: unknown[]) => {
          calls.push(`${name}(${JSON.stringify(args)})`);
          return name === 'listBackups' ? [] : null;
        }),
    });
    const platform = createElectronPlatform(api);
    expect(platform.capabilities).toEqual({ backups: true, projectorWindow: true, recentFiles: true, nativeMenu: true, saveInPlace: true });
    await platform.saveJourneyFile({ content: '{}', suggestedName: 'a', fileToken: 'abcdefgh' });
    await platform.backups!.write({ journeyId: 'j1', title: 'T', content: '{}' });
    expect(await platform.backups!.list()).toEqual([]);
    await platform.recentFiles!.open('abcdefgh');
    await platform.projector!.open({ displayId: 2 });
    await platform.setLanguage('de');
    expect(calls).toEqual([
      'saveJourneyFile([{"content":"{}","suggestedName":"a","fileToken":"abcdefgh"}])',
      'writeBackup([{"journeyId":"j1","title":"T","content":"{}"}])',
      'listBackups([])',
      'openRecentJourneyFile(["abcdefgh"])',
      'openProjector([{"displayId":2}])',
      'setLanguage(["de"])',
    ]);
  });
});
