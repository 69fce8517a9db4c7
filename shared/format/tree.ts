/**
 * Walks the parsed JSON once, without recursion (a file with 200,000 levels of nesting parses
 * fine and then overflows the stack of any recursive walk): it refuses nesting deeper than the
 * format can ever need and deletes `__proto__`, `constructor` and `prototype` keys wherever
 * they are, before any migration or restore code touches the objects.
 *
 * JSON.parse itself is safe (it defines `__proto__` as an own property), but code that later
 * copies objects with Object.assign or a `for...in` merge would turn that key into a prototype
 * change; removing it up front keeps every later step simple.
 */
import { childPath } from './paths';
import type { RepairLog } from './result';

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export type TreeCheck = { ok: true } | { ok: false; depth: number };

interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

export interface TreeOptions {
  maxDepth: number;
  repairs: RepairLog;
  /**
   * Repair paths are written relative to this top-level key (the envelope's `journey`), the
   * way restore writes its paths: `notes[3].__proto__`, not `journey.notes[3].__proto__`.
   */
  pathRoot?: string;
}

export function checkTree(root: unknown, options: TreeOptions): TreeCheck {
  if (typeof root !== 'object' || root === null) return { ok: true };
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > options.maxDepth) return { ok: false, depth: frame.depth };
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, parent: frame, key: i });
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(record, key)) {
        delete record[key];
        options.repairs.add('forbiddenKeysRemoved', () => pathOf(frame, key, options.pathRoot));
      }
    }
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return { ok: true };
}

/** Rebuilds a readable path from the frame chain, only when a repair is actually logged. */
function pathOf(frame: Frame, key: string, pathRoot: string | undefined): string {
  const keys: (string | number)[] = [key];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) keys.push(f.key);
  keys.reverse();
  if (pathRoot !== undefined && keys.length > 1 && keys[0] === pathRoot) keys.shift();
  return keys.reduce<string>(childPath, '');
}
