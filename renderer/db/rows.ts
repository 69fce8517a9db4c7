/**
 * Journey <-> database rows. Reading validates every row against the model's schemas: a row
 * may have been written by an older build, by a build with a bug, or damaged on disk, and the
 * board must only ever see a valid journey (STYLE.md habit 4). A bad note or connector row is
 * left out of the loaded journey (and reported), never deleted from the database.
 */
import { z } from 'zod';
import {
  ConnectorSchema,
  JourneySchema,
  LIMITS,
  NoteSchema,
  type Connector,
  type Id,
  type Journey,
  type JourneyDoc,
  type Note,
} from '../../shared/model';
import type { ConnectorRow, JourneyRow, NoteRow } from './schema';

const JourneyMetaSchema = JourneySchema.omit({ notes: true, connectors: true });
const DeletedAtSchema = z.iso.datetime().nullable().catch(null);

export type JourneyMeta = z.infer<typeof JourneyMetaSchema>;

export interface RowsReadResult {
  journey: Journey;
  deletedAt: string | null;
  /** How many note and connector rows were unreadable and left out. */
  skipped: number;
  /** The journey's change stamp (schema.ts, JourneyRow.revision). */
  revision: number;
}

/** The change stamp of a journey row; 0 for rows from before stamps existed. */
export function rowRevision(row: unknown): number {
  const value = typeof row === 'object' && row !== null ? (row as { revision?: unknown }).revision : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export class UnreadableJourneyError extends Error {
  constructor(
    readonly journeyId: Id,
    readonly path: string,
  ) {
    super(`journey ${journeyId} cannot be read: ${path}`);
    this.name = 'UnreadableJourneyError';
  }
}

function issuePath(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

export function journeyFromRows(row: unknown, noteRows: readonly unknown[], connectorRows: readonly unknown[]): RowsReadResult {
  const id = typeof row === 'object' && row && 'id' in row ? String((row as { id: unknown }).id) : '?';
  const meta = JourneyMetaSchema.safeParse(row);
  if (!meta.success) throw new UnreadableJourneyError(id, issuePath(meta.error));
  let skipped = 0;
  const notes: Note[] = [];
  const noteIds = new Set<Id>();
  for (const noteRow of noteRows) {
    const note = NoteSchema.safeParse(noteRow);
    if (note.success && !noteIds.has(note.data.id)) {
      notes.push(note.data);
      noteIds.add(note.data.id);
    } else skipped++;
  }
  const connectors: Connector[] = [];
  for (const connectorRow of connectorRows) {
    const connector = ConnectorSchema.safeParse(connectorRow);
    // A line to a note that is gone would point nowhere on the board.
    if (connector.success && noteIds.has(connector.data.from) && noteIds.has(connector.data.to)) {
      connectors.push(connector.data);
    } else skipped++;
  }
  // Every part has now passed its part of JourneySchema; only the list limits remain. (Parsing
  // the assembled journey again would validate 3,000 notes twice on every open.)
  if (notes.length > LIMITS.notes) throw new UnreadableJourneyError(id, `notes: more than ${LIMITS.notes}`);
  if (connectors.length > LIMITS.connectors) throw new UnreadableJourneyError(id, `connectors: more than ${LIMITS.connectors}`);
  const journey: Journey = { ...meta.data, notes, connectors };
  const deletedAt = DeletedAtSchema.parse((row as { deletedAt?: unknown }).deletedAt ?? null);
  return { journey, deletedAt, skipped, revision: rowRevision(row) };
}

/** The journey row: everything but notes and connectors, plus the library's fields. */
export function journeyRow(journey: Omit<Journey, 'notes' | 'connectors'> | JourneyDoc, deletedAt: string | null): JourneyRow {
  const { notes: _notes, connectors: _connectors, ...meta } = journey as Journey;
  return { ...meta, personaName: meta.persona.name, deletedAt };
}

export function noteRow(journeyId: Id, note: Note): NoteRow {
  return { ...note, journeyId };
}

export function connectorRow(journeyId: Id, connector: Connector): ConnectorRow {
  return { ...connector, journeyId };
}
