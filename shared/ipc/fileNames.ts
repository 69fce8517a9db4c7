/** File names both shells give journey files and exports. Pure string work, no paths. */

export const JOURNEY_FILE_EXTENSION = '.journey.json';

/** `Workshop` and `Workshop.json` become `Workshop.journey.json`; a full name stays as it is. */
export function withJourneyExtension(name: string): string {
  const trimmed = name.trim() || 'Journey';
  if (trimmed.toLowerCase().endsWith(JOURNEY_FILE_EXTENSION)) return trimmed;
  const base = trimmed.toLowerCase().endsWith('.json') ? trimmed.slice(0, -'.json'.length) : trimmed;
  return `${base}${JOURNEY_FILE_EXTENSION}`;
}

/** True for `x.journey.json` in any letter case. */
export function isJourneyFileName(name: string): boolean {
  return name.toLowerCase().endsWith(JOURNEY_FILE_EXTENSION) && name.length > JOURNEY_FILE_EXTENSION.length;
}

/** Appends the export kind's extension unless the name already has it. */
export function withExtension(name: string, extension: string): string {
  const dotted = extension.startsWith('.') ? extension : `.${extension}`;
  return name.toLowerCase().endsWith(dotted.toLowerCase()) ? name : `${name}${dotted}`;
}
