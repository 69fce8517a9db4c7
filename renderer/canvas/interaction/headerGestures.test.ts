import { describe, expect, it } from 'vitest';
import { addNotes, createJourney, createNote, toDoc, updatePhase } from '../../../shared/model';
import { minimumExtent } from './headerGestures';

describe('header resizing', () => {
  it('never makes a phase narrower than its notes need', () => {
    let doc = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
    const phase = doc.phases[0]!.id;
    expect(minimumExtent(doc, 'phase', phase)).toBe(160);
    doc = addNotes(doc, [createNote({ phaseId: phase, laneId: doc.lanes[0]!.id, x: 300, y: 20 })]);
    doc = updatePhase(doc, phase, { width: 600 });
    expect(minimumExtent(doc, 'phase', phase)).toBe(300 + 160 + 16);
  });
});
