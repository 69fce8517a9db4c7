import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, MAX_JOURNEY_FILE_BYTES, invokeSchemas, isInvokeChannel, isMenuAction } from './contract';

describe('IPC contract', () => {
  it('has a schema for every named invoke channel', () => {
    expect(Object.keys(invokeSchemas).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('knows its channels and nothing else', () => {
    expect(isInvokeChannel('journey-file:open')).toBe(true);
    expect(isInvokeChannel('constructor')).toBe(false);
    expect(isInvokeChannel('__proto__')).toBe(false);
    expect(isInvokeChannel(42)).toBe(false);
  });

  it('refuses file names that could become paths', () => {
    const save = invokeSchemas['journey-file:save'];
    const ok = { content: '{}', suggestedName: 'Workshop.journey.json' };
    expect(save.safeParse([ok]).success).toBe(true);
    for (const suggestedName of ['../x.json', 'a/b', 'a\\b', 'C:x', '..', '', 'a\u0000b', 'x'.repeat(201)]) {
      expect(save.safeParse([{ ...ok, suggestedName }]).success, suggestedName).toBe(false);
    }
  });

  it('refuses unknown keys, raw paths and oversize content', () => {
    const save = invokeSchemas['journey-file:save'];
    expect(save.safeParse([{ content: '{}', suggestedName: 'a.json', path: '/etc/passwd' }]).success).toBe(false);
    expect(save.safeParse([{ content: '{}', suggestedName: 'a.json', fileToken: '/etc/passwd' }]).success).toBe(false);
    expect(save.safeParse([{ content: 'x'.repeat(MAX_JOURNEY_FILE_BYTES + 1), suggestedName: 'a.json' }]).success).toBe(false);
    expect(save.safeParse([{ content: '{}', suggestedName: 'a.json' }, 'extra']).success).toBe(false);
  });

  it('refuses a pack with two files of the same name', () => {
    const pack = invokeSchemas['export:save-pack'];
    const data = new Uint8Array([1]);
    expect(pack.safeParse([{ folderName: 'Pack', files: [{ name: 'a.png', data }] }]).success).toBe(true);
    expect(
      pack.safeParse([{ folderName: 'Pack', files: [{ name: 'a.png', data }, { name: 'A.PNG', data }] }]).success,
    ).toBe(false);
    expect(pack.safeParse([{ folderName: 'Pack', files: [{ name: 'a.png', data: [1, 2] }] }]).success).toBe(false);
  });

  it('recognises menu actions', () => {
    expect(isMenuAction('file.save')).toBe(true);
    expect(isMenuAction('file.format')).toBe(false);
    expect(isMenuAction(undefined)).toBe(false);
  });
});
