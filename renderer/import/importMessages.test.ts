import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../shared/i18n/resources';
import type { ImportErrorCode, RepairCode } from '../../shared/format';
import { importErrorMessage, repairMessage } from './importMessages';

const ERROR_CODES: ImportErrorCode[] = [
  'tooLarge', 'unreadable', 'empty', 'binary', 'invalidUtf8', 'truncatedJson', 'invalidJson', 'tooDeep', 'notAJourney',
  'otherApp', 'newerVersion', 'versionMissing', 'versionInvalid', 'migrationFailed', 'missingField', 'wrongType',
  'tooMany', 'pngWithoutJourney', 'pngChunkCorrupt', 'pngChunkTruncated', 'invalid', 'internal',
];
const REPAIR_CODES: RepairCode[] = [
  'unknownKeysDropped', 'forbiddenKeysRemoved', 'idReplaced', 'duplicateIdRenamed', 'noteFreed', 'connectorDropped',
  'valueClamped', 'numberNotFinite', 'roundedToInteger', 'textTruncated', 'listTruncated', 'unknownValueReplaced',
  'defaultFilled', 'dateReplaced', 'pictureRemoved', 'pictureRelabelled',
];

beforeAll(async () => {
  await i18next.init({ resources, lng: 'de', fallbackLng: false, ns: NAMESPACES, interpolation: { escapeValue: false } });
});

describe('import messages', () => {
  it.each(['de', 'en'])('every error has a real %s sentence', async (lng) => {
    await i18next.changeLanguage(lng);
    for (const code of ERROR_CODES) {
      const text = importErrorMessage(i18next.t, { code, params: { path: 'phases[3].title', expected: 'text', app: 'Miro', kind: 'pdf', bytes: 6e8, limit: 1e8, line: 3, column: 7, version: 2, supported: 1, value: '"1"', from: 1, to: 2, found: 'list', count: 10, depth: 33 } });
      expect(text, code).not.toMatch(/file:|\{\{/);
      expect(text.length, code).toBeGreaterThan(10);
    }
  });

  it('names the path and the app in German', async () => {
    await i18next.changeLanguage('de');
    expect(importErrorMessage(i18next.t, { code: 'wrongType', params: { path: 'phases[3].title', expected: 'text' } })).toBe(
      'Die Datei ist beschädigt: phases[3].title müsste ein Text sein.',
    );
    expect(importErrorMessage(i18next.t, { code: 'otherApp', params: { app: 'Excalidraw' } })).toContain('Excalidraw');
    expect(importErrorMessage(i18next.t, { code: 'newerVersion', params: { version: 2, supported: 1 } })).toContain('aktualisieren');
  });

  it.each([
    ['de', 'mehr als 100 MB'],
    ['en', 'more than 100 MB'],
  ])('a PNG whose journey unpacks beyond the limit states the limit (%s), never "? MB"', async (lng, limit) => {
    await i18next.changeLanguage(lng);
    const text = importErrorMessage(i18next.t, { code: 'tooLarge', params: { limit: 100 * 1024 * 1024 } });
    expect(text).toContain(limit);
    expect(text).not.toContain('?');
  });

  it.each(['de', 'en'])('every repair has %s singular and plural wording', async (lng) => {
    await i18next.changeLanguage(lng);
    for (const code of REPAIR_CODES) {
      const one = repairMessage(i18next.t, { code, count: 1, paths: [] });
      const many = repairMessage(i18next.t, { code, count: 3, paths: [] });
      expect(one, code).not.toMatch(/file:|\{\{/);
      expect(many, code).not.toBe(one);
    }
  });
});
