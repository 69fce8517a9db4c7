/** Paths as people read them in an error message: `phases[3].title`, `notes[12].touchpoint`. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one segment to an already formatted path. */
export function childPath(parent: string, key: PathSegment): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>(childPath, '');
}
