/**
 * Everything the method adds to a journey (persona with picture and lists, backstory, every
 * touchpoint attribute, KPI figures, emotion scores on both curves) survives the journey file:
 * written by the format's serialiser, read back by its importer, unchanged and without repairs.
 */
import { encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { planPhaseSwitch } from '../../shared/analysis/phaseModelSwitch';
import { importJourneyText } from '../../shared/format/importJourney';
import { serialiseJourney } from '../../shared/format/serialise';
import { createJourney, createNote, fromDoc, phasesFor, toDoc, type Journey } from '../../shared/model';

function pngDataUrl(): string {
  const png = encode({ width: 4, height: 4, data: new Uint8Array(4 * 4 * 3).fill(200), channels: 3 });
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

function methodJourney(): Journey {
  const journey = createJourney({ template: 'funnel', language: 'de', now: new Date('2026-05-04T09:00:00Z') });
  const lane = (kind: string) => journey.lanes.find((l) => l.kind === kind)!.id;
  const phase = (i: number) => journey.phases[i]!.id;
  journey.persona = {
    name: 'Petra Berger',
    age: 42,
    education: 'Diplom-Kauffrau',
    jobTitle: 'Einkaufsleiterin',
    income: 'gehoben',
    challenges: ['Zu viele Anbieter', 'Wenig Zeit'],
    motivations: ['Verlässlichkeit'],
    wishesAndHopes: ['Ein Ansprechpartner'],
    fearsAndHurdles: ['Fehlkauf', '<script>alert(1)</script>'],
    picture: pngDataUrl(),
  };
  journey.backstory = 'Petra muss vor dem Winter eine neue Heizung kaufen.';
  journey.notes = [
    createNote({
      id: 'tp1',
      kind: 'touchpoint',
      text: 'Vergleichsportale',
      phaseId: phase(1),
      laneId: lane('touchpoint'),
      touchpoint: { directness: 'indirect', initiative: 'passive', ownership: 'earned', medium: 'online', interaction: 'marketingReach', experience: 'negative', companyRating: 2, customerRating: -1 },
    }),
    createNote({ id: 'kpi1', kind: 'kpi', text: 'Absprungrate', phaseId: phase(0), laneId: lane('kpi'), kpi: { target: '≤ 40 %', actual: '52,5 %', owner: 'Anna', higherIsBetter: false } }),
    createNote({ id: 'em1', kind: 'emotion', text: 'Genervt', phaseId: phase(2), laneId: lane('emotion'), y: 264, emotion: -2 }),
    createNote({ id: 'em2', kind: 'emotion', text: 'Ziel: begeistert', phaseId: phase(2), laneId: lane('emotion'), x: 300, y: 16, emotion: 2, curve: 'target' }),
    createNote({ id: 'pain', kind: 'painPoint', text: 'Lange Lieferzeit', phaseId: phase(3), laneId: lane('painPoint'), votes: 3 }),
  ];
  return journey;
}

describe('method data in the journey file', () => {
  it('survives export and import unchanged', () => {
    const journey = methodJourney();
    const result = importJourneyText(serialiseJourney(journey));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.repairs).toEqual([]);
    expect(result.journey).toEqual(journey);
  });

  it('survives after a phase model switch too (notes moved into the new phases)', () => {
    const doc = toDoc(methodJourney());
    const switched = fromDoc(planPhaseSwitch(doc, phasesFor('threePhases', 'de')).doc);
    const result = importJourneyText(serialiseJourney(switched));
    expect(result.ok && result.journey).toEqual(switched);
  });
});
