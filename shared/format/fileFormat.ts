/**
 * The `.journey.json` envelope: constants every reader and writer of a journey file shares.
 * The format is documented field by field in docs/file-format.md.
 */
import { MAX_JOURNEY_FILE_BYTES } from '../ipc/channels';
import { MIGRATIONS } from './migrations';

/** The marker in the envelope's `format` field that says "this is a Journeyboard journey". */
export const FORMAT_MARKER = 'journeyboard';

/**
 * The version this build writes. Version N+1 exists only together with MIGRATIONS[N-1], which
 * upgrades a version-N journey, so the number can never drift from the migration registry.
 */
export const FORMAT_VERSION: number = MIGRATIONS.length + 1;

export const FILE_EXTENSION = '.journey.json';
export const FILE_MIME_TYPE = 'application/vnd.journeyboard+json';

/** Same cap as the IPC contract: one limit for a file opened by main or picked in the browser. */
export const MAX_FILE_BYTES = MAX_JOURNEY_FILE_BYTES;
/**
 * A journey PNG holds the picture as well as the journey, so it may be larger; its journey chunk
 * is still capped at MAX_FILE_BYTES once inflated.
 */
export const MAX_PNG_FILE_BYTES = 300 * 1024 * 1024;

/**
 * A valid journey file nests five levels deep (envelope, journey, notes, note, touchpoint).
 * Anything much deeper is hostile or broken, and walking it recursively would overflow the stack.
 */
export const MAX_DEPTH = 32;

/** Envelope fields in the order the serialiser writes them. */
export interface JourneyFileEnvelope {
  format: typeof FORMAT_MARKER;
  version: number;
  /** Free text naming the app and version that wrote the file; informative, never trusted. */
  generator?: string;
  journey: unknown;
}
