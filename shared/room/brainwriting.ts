/**
 * Hidden brainwriting: during a round, every note written is covered on the projector (drawn
 * face down) so that people write their own ideas before they read the others'. At the end
 * the facilitator reveals them all at once. `Note.covered` is part of the journey, so a crash
 * mid-round keeps the notes covered and the reveal is one undoable step.
 */
import type { JourneyDoc } from '../model/document';
import type { Id } from '../model/journey';
import { updateNotes, type NotePatch } from '../model/notes';

export interface BrainwritingRound {
  journeyId: Id;
  /**
   * Every note id the round has seen. Only ids never seen before count as written in the
   * round: a note that comes back through undo or from another window stays as it was.
   */
  knownNoteIds: ReadonlySet<Id>;
}

export function startRound(doc: JourneyDoc): BrainwritingRound {
  return { journeyId: doc.id, knownNoteIds: new Set(Object.keys(doc.notes)) };
}

/**
 * Covers the notes written since the round last looked. Returns the same document when there
 * is nothing to cover, and leaves a different journey alone.
 */
export function coverNewNotes(round: BrainwritingRound, doc: JourneyDoc): { round: BrainwritingRound; doc: JourneyDoc } {
  if (doc.id !== round.journeyId) return { round, doc };
  const fresh: Id[] = [];
  for (const id of Object.keys(doc.notes)) {
    if (!round.knownNoteIds.has(id)) fresh.push(id);
  }
  if (fresh.length === 0) return { round, doc };
  const knownNoteIds = new Set(round.knownNoteIds);
  const patches = new Map<Id, NotePatch>();
  for (const id of fresh) {
    knownNoteIds.add(id);
    if (!doc.notes[id]!.covered) patches.set(id, { covered: true });
  }
  return { round: { ...round, knownNoteIds }, doc: patches.size ? updateNotes(doc, patches) : doc };
}

/**
 * The notes written since the round started, as the projector window sees them: it draws them
 * face down at once, before the facilitator's covering of them has even arrived.
 */
export function notesWrittenSince(round: BrainwritingRound, doc: JourneyDoc): Set<Id> {
  const fresh = new Set<Id>();
  if (doc.id !== round.journeyId) return fresh;
  for (const id of Object.keys(doc.notes)) if (!round.knownNoteIds.has(id)) fresh.add(id);
  return fresh;
}

export function coveredNoteIds(doc: JourneyDoc): Id[] {
  return Object.values(doc.notes)
    .filter((n) => n.covered)
    .map((n) => n.id);
}

/** Uncovers every note; the field is dropped rather than set false so exports stay lean. */
export function revealAll(doc: JourneyDoc): JourneyDoc {
  const patches = new Map<Id, NotePatch>();
  for (const id of coveredNoteIds(doc)) patches.set(id, { covered: undefined });
  return patches.size ? updateNotes(doc, patches) : doc;
}
