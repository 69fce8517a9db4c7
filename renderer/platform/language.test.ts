// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { followUiLanguage } from './language';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('shell language', () => {
  it('follows <html lang> from the start and on every switch, once per change', async () => {
    document.documentElement.lang = 'de';
    const setLanguage = vi.fn(async () => undefined);
    const stop = followUiLanguage({ setLanguage }, document);
    expect(setLanguage.mock.calls).toEqual([['de']]);

    document.documentElement.lang = 'en';
    await settle();
    document.documentElement.lang = 'en';
    await settle();
    document.documentElement.lang = 'fr';
    await settle();
    expect(setLanguage.mock.calls).toEqual([['de'], ['en']]);

    stop();
    document.documentElement.lang = 'de';
    await settle();
    expect(setLanguage).toHaveBeenCalledTimes(2);
  });
});
