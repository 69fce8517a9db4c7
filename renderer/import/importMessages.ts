/**
 * Import errors and repairs in the user's language. Every key is written out literally (the
 * translation test checks literal keys exist in both languages), so this is a switch rather
 * than a template string.
 */
import type { TFunction } from 'i18next';
import type { ImportError, Repair } from '../../shared/format';

/** What can go wrong in the renderer beyond the file itself: storing it. */
export type ImportProblem = ImportError | { code: 'storage'; params: Record<string, never> };

const mb = (bytes: unknown) => (typeof bytes === 'number' ? Math.ceil(bytes / (1024 * 1024)) : '?');

function found(t: TFunction, value: unknown): string {
  switch (value) {
    case 'list':
      return t('file:import.found.list');
    case 'null':
      return t('file:import.found.null');
    case 'number':
      return t('file:import.found.number');
    case 'text':
      return t('file:import.found.text');
    case 'boolean':
      return t('file:import.found.boolean');
    default:
      return t('file:import.found.object');
  }
}

function expected(t: TFunction, value: unknown): string {
  switch (value) {
    case 'list':
      return t('file:import.type.list');
    case 'text':
      return t('file:import.type.text');
    case 'number':
      return t('file:import.type.number');
    case 'boolean':
      return t('file:import.type.boolean');
    case 'id':
      return t('file:import.type.id');
    default:
      return t('file:import.type.object');
  }
}

function collection(t: TFunction, path: unknown): string {
  switch (path) {
    case 'phases':
      return t('file:import.collection.phases');
    case 'lanes':
      return t('file:import.collection.lanes');
    case 'connectors':
      return t('file:import.collection.connectors');
    default:
      return t('file:import.collection.notes');
  }
}

export function importErrorMessage(t: TFunction, problem: ImportProblem): string {
  const p = problem.params as Record<string, string | number>;
  switch (problem.code) {
    case 'tooLarge':
      // Without a size: the journey packed inside a PNG unpacks beyond the limit (a zip bomb
      // or a damaged picture); its real size is never known, because it is never unpacked.
      if (typeof p.bytes !== 'number') return t('storage:import.packedTooLarge', { limit: mb(p.limit) });
      return t('file:import.error.tooLarge', { size: mb(p.bytes), limit: mb(p.limit) });
    case 'unreadable':
      return t('file:import.error.unreadable');
    case 'empty':
      return t('file:import.error.empty');
    case 'binary':
      return p.kind && p.kind !== 'unknown'
        ? t('file:import.error.binary', { kind: String(p.kind).toUpperCase() })
        : t('file:import.error.binaryUnknown');
    case 'invalidUtf8':
      return t('file:import.error.invalidUtf8');
    case 'truncatedJson':
      return t('file:import.error.truncatedJson');
    case 'invalidJson':
      return t('file:import.error.invalidJson', { line: p.line, column: p.column });
    case 'tooDeep':
      return t('file:import.error.tooDeep', { limit: p.limit });
    case 'notAJourney':
      return t('file:import.error.notAJourney', { found: found(t, p.found) });
    case 'otherApp':
      return t('file:import.error.otherApp', { app: p.app });
    case 'newerVersion':
      return t('file:import.error.newerVersion', { version: p.version, supported: p.supported });
    case 'versionMissing':
      return t('file:import.error.versionMissing');
    case 'versionInvalid':
      return t('file:import.error.versionInvalid', { value: p.value });
    case 'migrationFailed':
      return t('file:import.error.migrationFailed', { from: p.from, to: p.to });
    case 'missingField':
      return t('file:import.error.missingField', { path: p.path });
    case 'wrongType':
      return t('file:import.error.wrongType', { path: p.path, expected: expected(t, p.expected) });
    case 'tooMany':
      return t('file:import.error.tooMany', { what: collection(t, p.path), count: p.count, limit: p.limit });
    case 'pngWithoutJourney':
      return t('file:import.error.pngWithoutJourney');
    case 'pngChunkCorrupt':
      return t('file:import.error.pngChunkCorrupt');
    case 'pngChunkTruncated':
      return t('file:import.error.pngChunkTruncated');
    case 'invalid':
      return t('file:import.error.invalid', { path: p.path });
    case 'storage':
      return t('file:import.error.storage');
    case 'internal':
      return t('file:import.error.internal');
  }
}

export function repairMessage(t: TFunction, repair: Repair): string {
  const count = repair.count;
  switch (repair.code) {
    case 'unknownKeysDropped':
      return t('file:import.repair.unknownKeysDropped', { count });
    case 'forbiddenKeysRemoved':
      return t('file:import.repair.forbiddenKeysRemoved', { count });
    case 'idReplaced':
      return t('file:import.repair.idReplaced', { count });
    case 'duplicateIdRenamed':
      return t('file:import.repair.duplicateIdRenamed', { count });
    case 'noteFreed':
      return t('file:import.repair.noteFreed', { count });
    case 'connectorDropped':
      return t('file:import.repair.connectorDropped', { count });
    case 'valueClamped':
      return t('file:import.repair.valueClamped', { count });
    case 'numberNotFinite':
      return t('file:import.repair.numberNotFinite', { count });
    case 'roundedToInteger':
      return t('file:import.repair.roundedToInteger', { count });
    case 'textTruncated':
      return t('file:import.repair.textTruncated', { count });
    case 'listTruncated':
      return t('file:import.repair.listTruncated', { count });
    case 'unknownValueReplaced':
      return t('file:import.repair.unknownValueReplaced', { count });
    case 'defaultFilled':
      return t('file:import.repair.defaultFilled', { count });
    case 'dateReplaced':
      return t('file:import.repair.dateReplaced', { count });
    case 'pictureRemoved':
      return t('file:import.repair.pictureRemoved', { count });
    case 'pictureRelabelled':
      return t('file:import.repair.pictureRelabelled', { count });
  }
}
