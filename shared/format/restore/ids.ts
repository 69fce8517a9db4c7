/**
 * Ids in an imported file: each collection (phases, lanes, notes, connectors) gets valid,
 * unique ids, and references are resolved through what each original id became.
 */
import { IdSchema } from '../../model';
import { childPath } from '../paths';
import type { JsonObject, Reader } from './reader';

/**
 * Ids the app uses as object keys (JourneyDoc keys notes by id): a note called `__proto__`
 * would replace the record's prototype, and one called `toString` would make a lookup of any
 * missing id succeed. Such ids are replaced like invalid ones.
 */
const RESERVED_IDS = new Set<string>([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isUsableId(id: string): boolean {
  return IdSchema.safeParse(id).success && !RESERVED_IDS.has(id);
}

export class IdRegistry {
  private readonly used = new Set<string>();
  /** Original id in the file -> the id its first holder got. */
  private readonly resolved = new Map<string, string>();

  constructor(
    private readonly reader: Reader,
    private readonly newId: () => string,
  ) {}

  /** Reads `o.id` (required) and returns a valid id unique in this collection. */
  claim(o: JsonObject, path: string): string {
    const raw = this.reader.get(o, 'id');
    const idPath = childPath(path, 'id');
    if (raw === undefined || raw === null) this.reader.fail('missingField', idPath);
    if (typeof raw !== 'string') this.reader.fail('wrongType', idPath, 'id', raw);
    let id = raw;
    if (!isUsableId(raw)) {
      this.reader.repairs.add('idReplaced', idPath);
      id = this.fresh();
    } else if (this.used.has(raw)) {
      this.reader.repairs.add('duplicateIdRenamed', idPath);
      id = this.fresh();
    }
    this.used.add(id);
    // A reference to a duplicated id means its first holder, as the file reads top to bottom.
    if (!this.resolved.has(raw)) this.resolved.set(raw, id);
    return id;
  }

  /** What a reference to `original` points at now, or undefined if nothing has that id. */
  resolve(original: string): string | undefined {
    return this.resolved.get(original);
  }

  private fresh(): string {
    for (;;) {
      const id = this.newId();
      if (!this.used.has(id) && !this.resolved.has(id)) return id;
    }
  }
}
