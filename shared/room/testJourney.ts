/** A small journey for the room's unit tests: three phases, notes in the first two lanes. */
import { toDoc, type JourneyDoc } from '../model/document';
import { addNotes, createNote } from '../model/notes';
import { createJourney } from '../model/templates';

export function roomTestDoc(): { doc: JourneyDoc; ids: string[] } {
  const doc = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
  const [p0, p1, p2] = doc.phases;
  const [l0, l1] = doc.lanes;
  const notes = [
    createNote({ id: 'a', kind: 'touchpoint', phaseId: p0!.id, laneId: l0!.id, text: 'Newsletter', x: 16, y: 16 }),
    createNote({ id: 'b', kind: 'touchpoint', phaseId: p1!.id, laneId: l0!.id, text: 'Shop', x: 16, y: 16 }),
    createNote({ id: 'c', kind: 'customerAction', phaseId: p0!.id, laneId: l1!.id, text: 'Compare prices', x: 16, y: 16 }),
    createNote({ id: 'd', kind: 'touchpoint', phaseId: p2!.id, laneId: l0!.id, text: 'Hotline', x: 16, y: 16 }),
  ];
  return { doc: addNotes(doc, notes), ids: notes.map((n) => n.id) };
}
