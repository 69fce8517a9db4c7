/**
 * The in-memory form of a journey. The file format keeps notes and connectors as arrays
 * (stable, diff-friendly); the app keys them by id so that a store selector can subscribe to
 * one note and an edit re-renders only that note.
 */
import type { Connector, Id, Journey, Note } from './journey';

export type JourneyDoc = Omit<Journey, 'notes' | 'connectors'> & {
  notes: Record<Id, Note>;
  connectors: Record<Id, Connector>;
};

export function toDoc(journey: Journey): JourneyDoc {
  const notes: Record<Id, Note> = {};
  for (const note of journey.notes) notes[note.id] = note;
  const connectors: Record<Id, Connector> = {};
  for (const connector of journey.connectors) connectors[connector.id] = connector;
  return { ...journey, notes, connectors };
}

export function fromDoc(doc: JourneyDoc): Journey {
  return { ...doc, notes: Object.values(doc.notes), connectors: Object.values(doc.connectors) };
}
