import { describe, expect, it } from 'vitest';
import { JourneySchema, noteRect, computeGridLayout, rectsIntersect } from '../model';
import { journeyFromExample } from './fromExample';

const example = {
  about: 'neutral shape',
  language: 'de',
  title: 'Beispiel',
  persona: { name: 'Anna', age: 38, challenges: ['wenig Zeit'] },
  backstory: 'Anna sucht.',
  phases: ['Aufmerksamkeit', 'Kauf'],
  lanes: ['Touchpoints', 'Handlungen', 'Emotionen', 'Chancen'],
  notes: [
    { phase: 0, lane: 0, text: 'Anzeige', touchpoint: { ownership: 'paid', companyRating: 1 } },
    { phase: 0, lane: 0, text: 'Empfehlung' },
    { phase: 0, lane: 0, text: 'Suche' },
    { phase: 0, lane: 0, text: 'Portal' },
    { phase: 0, lane: 0, text: 'Chatbot' },
    { phase: 1, lane: 2, text: 'froh', emotion: 2 },
    { phase: 1, lane: 3, text: 'Idee' },
  ],
  connectors: [[0, 5, 'führt zu'], [1, 1, 'Schleife'], [0, 99, 'fehlt']],
};

describe('journeyFromExample', () => {
  const journey = journeyFromExample(example, { now: new Date('2026-05-01T10:00:00.000Z') });

  it('builds a valid journey with the example content', () => {
    expect(JourneySchema.safeParse(journey).success).toBe(true);
    expect(journey.title).toBe('Beispiel');
    expect(journey.persona).toMatchObject({ name: 'Anna', age: 38, challenges: ['wenig Zeit'], motivations: [], picture: null });
    expect(journey.phases.map((p) => p.title)).toEqual(['Aufmerksamkeit', 'Kauf']);
    expect(journey.notes.map((n) => n.text)).toEqual(example.notes.map((n) => n.text));
  });

  it('gives lanes their kind by title (standard titles and the examples’ synonyms) and notes their lane’s kind and colour', () => {
    expect(journey.lanes.map((l) => l.kind)).toEqual(['touchpoint', 'customerAction', 'emotion', 'opportunity']);
    expect(journey.notes[5]).toMatchObject({ kind: 'emotion', colour: 'pink', emotion: 2 });
    expect(journey.notes[0]).toMatchObject({ kind: 'touchpoint', colour: 'yellow', touchpoint: { ownership: 'paid', companyRating: 1 } });
  });

  it('lays notes out without overlap, and grows a lane to hold its fullest cell', () => {
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const rects = journey.notes.map((n) => noteRect(n, layout)!);
    for (let i = 0; i < rects.length; i += 1) {
      for (let j = i + 1; j < rects.length; j += 1) expect(rectsIntersect(rects[i]!, rects[j]!)).toBe(false);
    }
    const touchpoints = layout.rowById.get(journey.lanes[0]!.id)!;
    for (const rect of rects.slice(0, 5)) expect(rect.y + rect.height).toBeLessThanOrEqual(touchpoints.y + touchpoints.height);
    expect(journey.lanes[0]!.height).toBeGreaterThan(240);
  });

  it('keeps connectors between existing, different notes only', () => {
    expect(journey.connectors).toHaveLength(1);
    expect(journey.connectors[0]).toMatchObject({ from: journey.notes[0]!.id, to: journey.notes[5]!.id, label: 'führt zu' });
  });

  it('uses the ids it is given', () => {
    const j = journeyFromExample(example, { idFor: (what, i) => `${what}-${i}` });
    expect(j.id).toBe('journey-0');
    expect(j.notes[6]!.id).toBe('note-6');
  });

  it('refuses a note in a phase that does not exist', () => {
    expect(() => journeyFromExample({ ...example, notes: [{ phase: 5, lane: 0, text: 'x' }] })).toThrow();
  });
});
