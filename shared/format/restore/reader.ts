/**
 * Field readers for restore: each reads one field of a raw JSON object, accepts it, repairs it
 * (logging a repair with its path) or stops the import with an error that names the path.
 *
 * The policy, applied the same way to every field (docs/file-format.md, "How files are read"):
 * - a field of the wrong JSON type is an error naming its path (`phases[3].title`);
 * - a required field that is missing or null is an error;
 * - a field with a default that is missing gets its default (logged as `defaultFilled`);
 * - an optional field that is missing or null is left out;
 * - `null` in a number means the writer had NaN or Infinity (JSON.stringify writes both as
 *   null) and gets the default; `1e400` parses to Infinity and is clamped;
 * - out-of-range numbers are clamped, over-long texts and lists truncated, unknown enum values
 *   replaced; all logged.
 *
 * Only own properties are read: `o.constructor` on a plain object would otherwise return
 * Object's constructor function.
 */
import { ImportFailure, importError, type RepairLog } from '../result';
import { childPath } from '../paths';

export type JsonObject = { [key: string]: unknown };

export type JsonTypeName = 'object' | 'list' | 'text' | 'number' | 'boolean' | 'id';

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cuts a text to `max` UTF-16 units without splitting a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

interface NumberSpec {
  min: number;
  max: number;
  integer?: boolean;
}

export class Reader {
  constructor(readonly repairs: RepairLog) {}

  fail(code: 'missingField' | 'wrongType', path: string, expected?: JsonTypeName, found?: unknown): never {
    const params: Record<string, string> = { path };
    if (expected) params.expected = expected;
    if (found !== undefined) params.found = typeName(found);
    throw new ImportFailure(importError(code, params));
  }

  get(o: JsonObject, key: string): unknown {
    return Object.hasOwn(o, key) ? o[key] : undefined;
  }

  object(value: unknown, path: string): JsonObject {
    if (value === undefined || value === null) this.fail('missingField', path);
    if (!isJsonObject(value)) this.fail('wrongType', path, 'object', value);
    return value;
  }

  /** Logs keys the format does not know; the caller copies only the keys it knows. */
  reportUnknownKeys(o: JsonObject, known: ReadonlySet<string>, path: string): void {
    for (const key in o) {
      if (Object.hasOwn(o, key) && !known.has(key)) this.repairs.add('unknownKeysDropped', () => childPath(path, key));
    }
  }

  requiredString(o: JsonObject, key: string, path: string, max: number): string {
    const value = this.get(o, key);
    if (value === undefined || value === null) this.fail('missingField', childPath(path, key));
    return this.checkedString(value, childPath(path, key), max);
  }

  /** A string that has a default: missing or null gets the default. */
  string(o: JsonObject, key: string, path: string, max: number, fallback: string): string {
    const value = this.get(o, key);
    if (value === undefined || value === null) {
      this.repairs.add('defaultFilled', () => childPath(path, key));
      return fallback;
    }
    return this.checkedString(value, childPath(path, key), max);
  }

  optionalString(o: JsonObject, key: string, path: string, max: number): string | undefined {
    const value = this.get(o, key);
    if (value === undefined || value === null) return undefined;
    return this.checkedString(value, childPath(path, key), max);
  }

  private checkedString(value: unknown, path: string, max: number): string {
    if (typeof value !== 'string') this.fail('wrongType', path, 'text', value);
    if (value.length > max) {
      this.repairs.add('textTruncated', path);
      return truncateText(value, max);
    }
    return value;
  }

  number(o: JsonObject, key: string, path: string, spec: NumberSpec & { fallback: number }): number {
    const value = this.get(o, key);
    if (value === undefined) {
      this.repairs.add('defaultFilled', () => childPath(path, key));
      return spec.fallback;
    }
    return this.checkedNumber(value, childPath(path, key), spec) ?? spec.fallback;
  }

  optionalNumber(o: JsonObject, key: string, path: string, spec: NumberSpec): number | undefined {
    const value = this.get(o, key);
    if (value === undefined) return undefined;
    return this.checkedNumber(value, childPath(path, key), spec);
  }

  /** Returns undefined for null (a NaN or Infinity that JSON.stringify wrote as null). */
  private checkedNumber(value: unknown, path: string, spec: NumberSpec): number | undefined {
    if (value === null) {
      this.repairs.add('numberNotFinite', path);
      return undefined;
    }
    if (typeof value !== 'number') this.fail('wrongType', path, 'number', value);
    if (Number.isNaN(value)) {
      this.repairs.add('numberNotFinite', path);
      return undefined;
    }
    let n = value;
    if (!Number.isFinite(n)) {
      this.repairs.add('numberNotFinite', path);
      n = n > 0 ? spec.max : spec.min;
    } else if (n < spec.min || n > spec.max) {
      this.repairs.add('valueClamped', path);
      n = Math.min(spec.max, Math.max(spec.min, n));
    }
    if (spec.integer && !Number.isInteger(n)) {
      this.repairs.add('roundedToInteger', path);
      n = Math.round(n);
    }
    // -0 would survive a round trip as 0; store 0 so that export and import agree.
    return n === 0 ? 0 : n;
  }

  boolean(o: JsonObject, key: string, path: string, fallback: boolean): boolean {
    const value = this.get(o, key);
    if (value === undefined || value === null) {
      this.repairs.add('defaultFilled', () => childPath(path, key));
      return fallback;
    }
    if (typeof value !== 'boolean') this.fail('wrongType', childPath(path, key), 'boolean', value);
    return value;
  }

  optionalBoolean(o: JsonObject, key: string, path: string): boolean | undefined {
    const value = this.get(o, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') this.fail('wrongType', childPath(path, key), 'boolean', value);
    return value;
  }

  /** A value from a closed list; an unknown value gets `fallback` (missing too). */
  enumValue<T extends string>(o: JsonObject, key: string, path: string, values: readonly T[], fallback: T): T {
    const value = this.get(o, key);
    if (value === undefined || value === null) {
      this.repairs.add('defaultFilled', () => childPath(path, key));
      return fallback;
    }
    if (typeof value !== 'string') this.fail('wrongType', childPath(path, key), 'text', value);
    if ((values as readonly string[]).includes(value)) return value as T;
    this.repairs.add('unknownValueReplaced', () => childPath(path, key));
    return fallback;
  }

  /** An optional value from a closed list; an unknown value is dropped. */
  optionalEnum<T extends string>(o: JsonObject, key: string, path: string, values: readonly T[]): T | undefined {
    const value = this.get(o, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') this.fail('wrongType', childPath(path, key), 'text', value);
    if ((values as readonly string[]).includes(value)) return value as T;
    this.repairs.add('unknownValueReplaced', () => childPath(path, key));
    return undefined;
  }

  requiredArray(o: JsonObject, key: string, path: string): unknown[] {
    const value = this.get(o, key);
    if (value === undefined || value === null) this.fail('missingField', childPath(path, key));
    if (!Array.isArray(value)) this.fail('wrongType', childPath(path, key), 'list', value);
    return value;
  }

  /** A list with a default of []; missing or null gives []. */
  array(o: JsonObject, key: string, path: string): unknown[] {
    const value = this.get(o, key);
    if (value === undefined || value === null) {
      this.repairs.add('defaultFilled', () => childPath(path, key));
      return [];
    }
    if (!Array.isArray(value)) this.fail('wrongType', childPath(path, key), 'list', value);
    return value;
  }
}
