import { describe, expect, it } from 'vitest';
import { addConnector, addNotes, createJourney, createNote, removeNotes, toDoc, updateNote, updatePhase, type JourneyDoc } from '../../shared/model';
import { applyChanges, diffDocs, isEmptyChanges, mergeChanges, onlyTimestampChanged, withoutRecordsOf } from './changes';

function board(): { doc: JourneyDoc; a: string; b: string } {
  const doc0 = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
  const a = createNote({ kind: 'touchpoint', phaseId: doc0.phases[0]!.id, laneId: doc0.lanes[0]!.id, text: 'Newsletter' });
  const b = createNote({ kind: 'touchpoint', phaseId: doc0.phases[1]!.id, laneId: doc0.lanes[0]!.id, text: 'Shop' });
  const doc = addConnector(addNotes(doc0, [a, b]), { from: a.id, to: b.id }).doc;
  return { doc, a: a.id, b: b.id };
}

describe('diffDocs', () => {
  it('finds exactly the note an edit touched', () => {
    const { doc, a } = board();
    const next = updateNote(doc, a, { text: 'Weekly newsletter' });
    const changes = diffDocs(doc, next);
    expect([...changes.notes.keys()]).toEqual([a]);
    expect(changes.notes.get(a)?.text).toBe('Weekly newsletter');
    expect(changes.connectors.size).toBe(0);
    expect(changes.meta).toEqual({});
  });

  it('reports deletions as null, including the connectors that went with a note', () => {
    const { doc, a } = board();
    const next = removeNotes(doc, [a]);
    const changes = diffDocs(doc, next);
    expect(changes.notes.get(a)).toBeNull();
    expect([...changes.connectors.values()]).toEqual([null]);
  });

  it('reports changed journey fields only', () => {
    const { doc } = board();
    const next = { ...updatePhase(doc, doc.phases[0]!.id, { title: 'Before' }), updatedAt: '2030-01-01T00:00:00.000Z' };
    const changes = diffDocs(doc, next);
    expect(Object.keys(changes.meta).sort()).toEqual(['phases', 'updatedAt']);
    expect(onlyTimestampChanged(changes)).toBe(false);
    expect(onlyTimestampChanged(diffDocs(doc, { ...doc, updatedAt: 'x' }))).toBe(true);
    expect(isEmptyChanges(diffDocs(doc, doc))).toBe(true);
  });
});

describe('merging and applying', () => {
  it('keeps the newer value of a record and every record of both', () => {
    const { doc, a, b } = board();
    const one = updateNote(doc, a, { text: 'first' });
    const two = updateNote(updateNote(one, a, { text: 'second' }), b, { text: 'other' });
    const merged = mergeChanges(diffDocs(doc, one), diffDocs(one, two));
    expect(merged.notes.get(a)?.text).toBe('second');
    expect(merged.notes.get(b)?.text).toBe('other');
    expect(applyChanges(doc, merged)).toEqual(two);
  });

  it('applying leaves untouched records identical by reference', () => {
    const { doc, a, b } = board();
    const next = applyChanges(doc, diffDocs(doc, updateNote(doc, a, { text: 'x' })));
    expect(next.notes[b]).toBe(doc.notes[b]);
    expect(next.notes[a]?.text).toBe('x');
  });

  it('drops a connector whose note another window deleted', () => {
    const { doc, a } = board();
    const deleted = diffDocs(doc, { ...doc, notes: Object.fromEntries(Object.entries(doc.notes).filter(([id]) => id !== a)) });
    const next = applyChanges(doc, deleted);
    expect(Object.keys(next.connectors)).toEqual([]);
  });

  it('forgets pending records that a newer incoming change replaces', () => {
    const { doc, a, b } = board();
    const pending = diffDocs(doc, updateNote(updateNote(doc, a, { text: 'mine' }), b, { text: 'mine too' }));
    const incoming = diffDocs(doc, updateNote(doc, a, { text: 'theirs' }));
    withoutRecordsOf(pending, incoming);
    expect([...pending.notes.keys()]).toEqual([b]);
  });
});
