/**
 * How two windows editing the same note converge (issue 14). A note is merged field by field:
 * its text, its position (cell and offset, moved together), its size, its colour and each of
 * its attributes are separate edits, so a text change in one window and a move in the other
 * both survive. Where both windows change the same field, the later commit wins, "later" by a
 * logical (Lamport) clock with the window id as tie-break, never by wall time, so both windows
 * decide the same way whatever order the messages arrive in.
 *
 * Each edit carries, per field, its stamp and the stamp of the value it replaced (its base).
 * A window whose own typed text is overwritten by an edit whose base is not that text (the
 * other window had not seen it) reports the text it lost, so the user can get it back.
 *
 * A deleted note is remembered with the newest stamp the deleting window knew. An edit newer
 * than that (made without seeing the delete) brings the note back, in both windows.
 *
 * Pure bookkeeping, no store or channel: liveSync.ts applies what this decides.
 */
import type { Id, Note } from '../../shared/model';

/** [clock, windowId]: compared by clock, then by window id. */
export type Stamp = readonly [number, string];
export const NO_STAMP: Stamp = [0, ''];

/** Fields that only make sense together: a move changes the cell and the offset at once. */
const FIELD_GROUPS: Readonly<Record<string, readonly (keyof Note)[]>> = {
  position: ['phaseId', 'laneId', 'x', 'y'],
  size: ['width', 'height'],
};
const GROUP_OF = new Map<string, string>(Object.entries(FIELD_GROUPS).flatMap(([group, keys]) => keys.map((k) => [k, group] as const)));

export function fieldOf(key: string): string {
  return GROUP_OF.get(key) ?? key;
}

function keysOf(field: string): readonly string[] {
  return FIELD_GROUPS[field] ?? [field];
}

export function compareStamps(a: Stamp, b: Stamp): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

const sameStamp = (a: Stamp, b: Stamp) => compareStamps(a, b) === 0;

/** The fields whose values differ between two versions of a note (all of them for a new note). */
export function changedFields(before: Note | undefined, after: Note): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  keys.delete('id');
  const fields = new Set<string>();
  for (const key of keys) {
    const a = (before as Record<string, unknown> | undefined)?.[key];
    const b = (after as Record<string, unknown>)[key];
    if (!before || a !== b) fields.add(fieldOf(key));
  }
  return [...fields];
}

/** The values of one field of a note (undefined for an optional attribute it does not have). */
function valuesOf(note: Note, field: string): Record<string, unknown> {
  const record = note as unknown as Record<string, unknown>;
  return Object.fromEntries(keysOf(field).map((k) => [k, record[k]]));
}

function withValues(note: Note, values: Record<string, unknown>): Note {
  const next = { ...note } as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as unknown as Note;
}

/** Per changed field of one note: its new stamp and the stamp of the value it replaced. */
export type FieldStamps = Record<string, { stamp: Stamp; base: Stamp }>;

export type RemoteNoteOutcome =
  /** Nothing to change here (this window's values are the later ones). */
  | { kind: 'keep' }
  | { kind: 'set'; note: Note; patch: Record<string, unknown> | null; lostText: string | null }
  | { kind: 'delete' };

export class FieldClock {
  private clock = 0;
  private readonly stamps = new Map<Id, Map<string, Stamp>>();
  /** Notes deleted, with the newest stamp known when they were. */
  private readonly tombstones = new Map<Id, Stamp>();

  constructor(readonly windowId: string) {}

  private observe(stamp: Stamp): void {
    if (stamp[0] > this.clock) this.clock = stamp[0];
  }

  private stampOf(noteId: Id, field: string): Stamp {
    return this.stamps.get(noteId)?.get(field) ?? NO_STAMP;
  }

  private setStamp(noteId: Id, field: string, stamp: Stamp): void {
    let fields = this.stamps.get(noteId);
    if (!fields) this.stamps.set(noteId, (fields = new Map()));
    fields.set(field, stamp);
  }

  private newest(noteId: Id): Stamp {
    let newest = this.tombstones.get(noteId) ?? NO_STAMP;
    for (const stamp of this.stamps.get(noteId)?.values() ?? []) if (compareStamps(stamp, newest) > 0) newest = stamp;
    return newest;
  }

  /** A local edit of these fields: one new stamp for all of them. */
  localEdit(noteId: Id, fields: readonly string[]): FieldStamps {
    const stamp: Stamp = [++this.clock, this.windowId];
    const out: FieldStamps = {};
    for (const field of fields) {
      out[field] = { stamp, base: this.stampOf(noteId, field) };
      this.setStamp(noteId, field, stamp);
    }
    this.tombstones.delete(noteId);
    return out;
  }

  /** A local delete: returns the newest stamp this window knew of the note. */
  localDelete(noteId: Id): Stamp {
    const known = this.newest(noteId);
    this.tombstones.set(noteId, known);
    this.stamps.delete(noteId);
    return known;
  }

  /**
   * Another window's edit of a note: which of its fields win here, and the note as it is then.
   * `local` is this window's note (undefined when it has none).
   */
  remoteEdit(noteId: Id, local: Note | undefined, remote: Note, fields: FieldStamps): RemoteNoteOutcome {
    for (const { stamp } of Object.values(fields)) this.observe(stamp);
    if (!local) {
      // Deleted here: only an edit made without seeing that delete brings the note back.
      const tombstone = this.tombstones.get(noteId);
      const newer = Object.values(fields).some(({ stamp }) => !tombstone || compareStamps(stamp, tombstone) > 0);
      if (!newer) return { kind: 'keep' };
      this.tombstones.delete(noteId);
      for (const field of changedFields(undefined, remote)) {
        this.setStamp(noteId, field, fields[field]?.stamp ?? tombstone ?? NO_STAMP);
      }
      return { kind: 'set', note: remote, patch: null, lostText: null };
    }
    let note = local;
    const patch: Record<string, unknown> = {};
    let lostText: string | null = null;
    for (const [field, { stamp, base }] of Object.entries(fields)) {
      const mine = this.stampOf(noteId, field);
      if (compareStamps(stamp, mine) <= 0) continue; // this window's value is the later one
      const values = valuesOf(remote, field);
      if (field === 'text' && mine[1] === this.windowId && !sameStamp(base, mine) && local.text !== remote.text) {
        lostText = local.text; // overwritten by an edit that never saw it
      }
      Object.assign(patch, values);
      note = withValues(note, values);
      this.setStamp(noteId, field, stamp);
    }
    return Object.keys(patch).length === 0 ? { kind: 'keep' } : { kind: 'set', note, patch, lostText };
  }

  /** Another window deleted a note, knowing its edits up to `known`. */
  remoteDelete(noteId: Id, known: Stamp, hasLocal: boolean): RemoteNoteOutcome {
    this.observe(known);
    if (!hasLocal) return { kind: 'keep' };
    // An edit here that the deleting window had not seen keeps the note (it goes back there).
    if (compareStamps(this.newest(noteId), known) > 0) return { kind: 'keep' };
    this.tombstones.set(noteId, known);
    this.stamps.delete(noteId);
    return { kind: 'delete' };
  }
}
