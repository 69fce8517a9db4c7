/** Builds small journeys for the analysis tests: a board from a preset and notes by cell. */
import { toDoc, type JourneyDoc } from '../model/document';
import type { Note, NoteKind } from '../model/journey';
import { createNote } from '../model/notes';
import { createJourney, type TemplateId } from '../model/templates';

export function boardWith(template: TemplateId, language: 'en' | 'de' = 'en'): JourneyDoc {
  return toDoc(createJourney({ template, language, now: new Date('2026-01-01T00:00:00Z') }));
}

let counter = 0;

/** A note in column `phase` (index) of the lane of `kind`. */
export function noteIn(doc: JourneyDoc, phase: number, kind: NoteKind, fields: Partial<Note> = {}): Note {
  const lane = doc.lanes.find((l) => l.kind === kind)!;
  counter += 1;
  return createNote({ id: `n${counter}`, kind, text: `${kind} ${counter}`, phaseId: doc.phases[phase]!.id, laneId: lane.id, x: 16, y: 16, ...fields });
}

export function withNotes(doc: JourneyDoc, notes: readonly Note[]): JourneyDoc {
  const all = { ...doc.notes };
  for (const n of notes) all[n.id] = n;
  return { ...doc, notes: all };
}
