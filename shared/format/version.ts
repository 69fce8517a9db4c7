import { importError, type ImportError } from './result';

/**
 * Versions are whole numbers from 1. A file from a newer app is refused with a message to
 * update (reading it would silently drop whatever the newer version added); anything that is
 * not a positive integer is refused as broken.
 */
export function checkVersion(raw: unknown, current: number): { ok: true; version: number } | { ok: false; error: ImportError } {
  if (raw === undefined || raw === null) return { ok: false, error: importError('versionMissing') };
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) {
    const shown = typeof raw === 'string' ? JSON.stringify(raw.slice(0, 20)) : String(typeof raw === 'number' ? raw : typeof raw);
    return { ok: false, error: importError('versionInvalid', { value: shown }) };
  }
  if (raw > current) return { ok: false, error: importError('newerVersion', { version: raw, supported: current }) };
  return { ok: true, version: raw };
}
