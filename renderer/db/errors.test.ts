import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, isQuotaError, NewerDatabaseError } from './errors';

describe('storage errors', () => {
  it('recognises a quota error by its name, inside Dexie wrappers and by legacy code', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('classifies failures for the banner', () => {
    expect(classifyStorageError(new NewerDatabaseError(3))).toBe('newerDatabase');
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
    expect(classifyStorageError(new TypeError('bug'))).toBe('other');
  });
});
