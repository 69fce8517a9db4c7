/** Phases (columns) and lanes (rows) of an imported journey. */
import { DEFAULT_LANE_HEIGHT, DEFAULT_PHASE_WIDTH, LIMITS, NOTE_KINDS, type Lane, type Phase } from '../../model';
import { childPath } from '../paths';
import type { IdRegistry } from './ids';
import type { Reader } from './reader';

const PHASE_KEYS: ReadonlySet<string> = new Set<keyof Phase>(['id', 'title', 'width']);
const LANE_KEYS: ReadonlySet<string> = new Set<keyof Lane>(['id', 'title', 'kind', 'height', 'hidden']);

export function restorePhases(reader: Reader, items: unknown[], path: string, ids: IdRegistry): Phase[] {
  return items.map((raw, i) => {
    const p = childPath(path, i);
    const o = reader.object(raw, p);
    reader.reportUnknownKeys(o, PHASE_KEYS, p);
    return {
      id: ids.claim(o, p),
      title: reader.requiredString(o, 'title', p, LIMITS.titleLength),
      width: reader.number(o, 'width', p, {
        min: LIMITS.phaseWidthMin,
        max: LIMITS.phaseWidthMax,
        fallback: DEFAULT_PHASE_WIDTH,
      }),
    };
  });
}

export function restoreLanes(reader: Reader, items: unknown[], path: string, ids: IdRegistry): Lane[] {
  return items.map((raw, i) => {
    const p = childPath(path, i);
    const o = reader.object(raw, p);
    reader.reportUnknownKeys(o, LANE_KEYS, p);
    return {
      id: ids.claim(o, p),
      title: reader.requiredString(o, 'title', p, LIMITS.titleLength),
      kind: reader.enumValue(o, 'kind', p, NOTE_KINDS, 'free'),
      height: reader.number(o, 'height', p, {
        min: LIMITS.laneHeightMin,
        max: LIMITS.laneHeightMax,
        fallback: DEFAULT_LANE_HEIGHT,
      }),
      hidden: reader.boolean(o, 'hidden', p, false),
    };
  });
}
