// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { JourneyboardApi } from '../../shared/ipc/channels';
import { detectPlatform, platform } from './index';

describe('platform detection', () => {
  it('is the browser without the preload API, and the desktop with it', () => {
    expect(platform.kind).toBe('browser');
    const api = { setLanguage: async () => undefined } as unknown as JourneyboardApi;
    const desktop = detectPlatform(Object.assign(Object.create(window) as Window, { journeyboard: api }));
    expect(desktop.kind).toBe('electron');
    expect(desktop.capabilities.backups).toBe(true);
  });
});
