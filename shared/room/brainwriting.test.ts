import { describe, expect, it } from 'vitest';
import { addNotes, createNote, removeNotes } from '../model/notes';
import { coverNewNotes, coveredNoteIds, notesWrittenSince, revealAll, startRound } from './brainwriting';
import { roomTestDoc } from './testJourney';

describe('hidden brainwriting', () => {
  it('covers notes written during the round, not those from before', () => {
    const { doc } = roomTestDoc();
    const round = startRound(doc);
    const written = addNotes(doc, [createNote({ id: 'idea1', text: 'Live chat' }), createNote({ id: 'idea2', text: 'Video call' })]);
    const r = coverNewNotes(round, written);
    expect(coveredNoteIds(r.doc).sort()).toEqual(['idea1', 'idea2']);
    expect(r.doc.notes.a!.covered).toBeUndefined();
    expect(coverNewNotes(r.round, r.doc).doc).toBe(r.doc);
  });

  it('leaves a note that comes back through undo as it was', () => {
    const { doc } = roomTestDoc();
    const withoutA = removeNotes(doc, ['a']);
    const round = startRound(doc);
    const afterDelete = coverNewNotes(round, withoutA);
    const afterUndo = coverNewNotes(afterDelete.round, doc);
    expect(afterUndo.doc).toBe(doc);
    expect(coveredNoteIds(afterUndo.doc)).toEqual([]);
  });

  it('tells the projector which notes were written since the round began', () => {
    const { doc } = roomTestDoc();
    const round = startRound(doc);
    const later = addNotes(doc, [createNote({ id: 'n1' })]);
    expect([...notesWrittenSince(round, later)]).toEqual(['n1']);
    expect(notesWrittenSince(round, { ...later, id: 'other' }).size).toBe(0);
  });

  it('ignores a different journey', () => {
    const { doc } = roomTestDoc();
    const round = startRound(doc);
    const other = { ...addNotes(doc, [createNote({ id: 'x' })]), id: 'other' };
    expect(coverNewNotes(round, other).doc).toBe(other);
  });

  it('reveals all covered notes in one change and drops the field', () => {
    const { doc } = roomTestDoc();
    const r = coverNewNotes(startRound(doc), addNotes(doc, [createNote({ id: 'idea' })]));
    const revealed = revealAll(r.doc);
    expect(coveredNoteIds(revealed)).toEqual([]);
    expect(JSON.parse(JSON.stringify(revealed.notes.idea))).not.toHaveProperty('covered');
    expect(revealAll(revealed)).toBe(revealed);
  });
});
