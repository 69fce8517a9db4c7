import { describe, expect, it } from 'vitest';
import { addConnector } from './connectors';
import { toDoc, fromDoc } from './document';
import { JourneySchema } from './journey';
import { addNotes, createNote, duplicateNotes, removeNotes, updateNote } from './notes';
import { growCellsToFit, removeLane, removePhase } from './structure';
import { createJourney, TEMPLATE_IDS } from './templates';

function boardWithTwoNotes() {
  let doc = toDoc(createJourney({ template: 'threePhases', language: 'de' }));
  const [p0, p1] = doc.phases;
  const lane = doc.lanes[0]!;
  const a = createNote({ kind: 'touchpoint', phaseId: p0!.id, laneId: lane.id, text: 'Newsletter' });
  const b = createNote({ kind: 'touchpoint', phaseId: p1!.id, laneId: lane.id, text: 'Shop' });
  doc = addNotes(doc, [a, b]);
  doc = addConnector(doc, { from: a.id, to: b.id }).doc;
  return { doc, a, b };
}

describe('templates', () => {
  it.each(TEMPLATE_IDS)('%s produces a valid journey in both languages', (template) => {
    for (const language of ['en', 'de'] as const) {
      const journey = createJourney({ template, language });
      expect(JourneySchema.safeParse(journey).success).toBe(true);
      expect(journey.lanes.map((l) => l.kind)).toContain('touchpoint');
    }
  });
  it('names the funnel phases in German', () => {
    const j = createJourney({ template: 'funnel', language: 'de' });
    expect(j.phases.map((p) => p.title)).toEqual(['Aufmerksamkeit', 'Erwägung', 'Kauf', 'Kundenbindung', 'Treue und Empfehlung']);
  });
});

describe('note operations', () => {
  it('removing a note removes its connectors', () => {
    const { doc, a } = boardWithTwoNotes();
    const next = removeNotes(doc, [a.id]);
    expect(Object.keys(next.notes)).toHaveLength(1);
    expect(Object.keys(next.connectors)).toHaveLength(0);
  });

  it('duplicates notes with the connectors between them', () => {
    const { doc, a, b } = boardWithTwoNotes();
    const { doc: next, ids } = duplicateNotes(doc, [a.id, b.id], { x: 20, y: 20 });
    expect(ids).toHaveLength(2);
    expect(Object.keys(next.connectors)).toHaveLength(2);
    expect(next.notes[ids[0]!]!.x).toBe(a.x + 20);
  });

  it('updating one note keeps every other note object identical', () => {
    const { doc, a, b } = boardWithTwoNotes();
    const next = updateNote(doc, a.id, { text: 'Anzeige' });
    expect(next.notes[a.id]!.text).toBe('Anzeige');
    expect(next.notes[b.id]).toBe(doc.notes[b.id]);
  });

  it('refuses a line from a note to itself', () => {
    const { doc, a } = boardWithTwoNotes();
    expect(addConnector(doc, { from: a.id, to: a.id }).connector).toBeNull();
  });

  it('round-trips between the file shape and the document', () => {
    const { doc } = boardWithTwoNotes();
    expect(JourneySchema.parse(fromDoc(doc))).toEqual(fromDoc(doc));
  });
});

describe('phase and lane removal', () => {
  it('moves the notes of a removed phase to its neighbour', () => {
    const { doc, b } = boardWithTwoNotes();
    const next = removePhase(doc, b.phaseId!, 'moveNotesToNeighbour');
    expect(next.phases).toHaveLength(2);
    expect(next.notes[b.id]!.phaseId).toBe(doc.phases[0]!.id);
  });

  it('deletes the notes of a removed lane with their lines', () => {
    const { doc } = boardWithTwoNotes();
    const next = removeLane(doc, doc.lanes[0]!.id, 'deleteNotes');
    expect(Object.keys(next.notes)).toHaveLength(0);
    expect(Object.keys(next.connectors)).toHaveLength(0);
  });

  it('grows a column to fit a note placed past its edge, never shrinks', () => {
    const { doc, a } = boardWithTwoNotes();
    const wide = updateNote(doc, a.id, { x: 600 });
    const grown = growCellsToFit(wide);
    expect(grown.phases[0]!.width).toBeGreaterThanOrEqual(600 + a.width);
    expect(growCellsToFit(doc).phases[0]!.width).toBe(doc.phases[0]!.width);
  });
});

describe('ids', () => {
  it('refuses ids that would reach Object.prototype as record keys', async () => {
    const { IdSchema } = await import('./journey');
    for (const id of ['__proto__', 'constructor', 'prototype']) expect(IdSchema.safeParse(id).success).toBe(false);
    expect(IdSchema.safeParse('note_1-a').success).toBe(true);
  });
});
