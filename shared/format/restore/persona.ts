import { emptyPersona, LIMITS, type Persona } from '../../model';
import { checkPictureDataUrl } from '../picture';
import { childPath } from '../paths';
import { truncateText, type Reader } from './reader';

const PERSONA_KEYS = new Set<keyof Persona>([
  'name',
  'age',
  'education',
  'jobTitle',
  'income',
  'challenges',
  'motivations',
  'wishesAndHopes',
  'fearsAndHurdles',
  'picture',
]) as ReadonlySet<string>;

const LIST_KEYS = ['challenges', 'motivations', 'wishesAndHopes', 'fearsAndHurdles'] as const;
const LIST_ITEM_LENGTH = 1_000;

/** A missing persona is an empty one: a journey can be mapped before the persona is written. */
export function restorePersona(reader: Reader, raw: unknown, path: string): Persona {
  const persona = emptyPersona();
  if (raw === undefined || raw === null) {
    reader.repairs.add('defaultFilled', path);
    return persona;
  }
  const o = reader.object(raw, path);
  reader.reportUnknownKeys(o, PERSONA_KEYS, path);
  persona.name = reader.string(o, 'name', path, 200, '');
  persona.education = reader.string(o, 'education', path, 500, '');
  persona.jobTitle = reader.string(o, 'jobTitle', path, 500, '');
  persona.income = reader.string(o, 'income', path, 500, '');
  persona.age = reader.get(o, 'age') === null ? null : (reader.optionalNumber(o, 'age', path, { min: 0, max: 150, integer: true }) ?? null);
  for (const key of LIST_KEYS) persona[key] = restoreTextList(reader, reader.array(o, key, path), childPath(path, key));
  persona.picture = restorePicture(reader, reader.get(o, 'picture'), childPath(path, 'picture'));
  return persona;
}

function restoreTextList(reader: Reader, items: unknown[], path: string): string[] {
  if (items.length > LIMITS.listItems) reader.repairs.add('listTruncated', path);
  const out: string[] = [];
  const count = Math.min(items.length, LIMITS.listItems);
  for (let i = 0; i < count; i += 1) {
    const item = items[i];
    const itemPath = childPath(path, i);
    if (typeof item !== 'string') reader.fail('wrongType', itemPath, 'text', item);
    if (item.length > LIST_ITEM_LENGTH) reader.repairs.add('textTruncated', itemPath);
    out.push(truncateText(item, LIST_ITEM_LENGTH));
  }
  return out;
}

function restorePicture(reader: Reader, raw: unknown, path: string): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') reader.fail('wrongType', path, 'text', raw);
  const check = checkPictureDataUrl(raw);
  if (!check.ok) {
    reader.repairs.add('pictureRemoved', path);
    return null;
  }
  if (check.relabelled) reader.repairs.add('pictureRelabelled', path);
  return check.dataUrl;
}
