import { describe, expect, it } from 'vitest';
import { phasesFor } from '../model/templates';
import { phaseMeaning, phaseSpans, phaseStages, phaseSteps } from './methodPhases';

const titles = (...t: string[]) => t.map((title) => ({ title }));

describe('phaseMeaning', () => {
  it('recognises every preset title in both languages', () => {
    for (const language of ['en', 'de'] as const) {
      for (const template of ['threePhases', 'funnel', 'b2b'] as const) {
        for (const phase of phasesFor(template, language)) {
          expect(phaseMeaning(phase.title), `${language} ${phase.title}`).not.toBeNull();
        }
      }
    }
  });

  it('tells "before purchase" from "purchase"', () => {
    expect(phaseMeaning('Before purchase')).toEqual({ type: 'stage', stage: 'beforePurchase' });
    expect(phaseMeaning('Nach dem Kauf')).toEqual({ type: 'stage', stage: 'afterPurchase' });
    expect(phaseMeaning('Kauf')).toEqual({ type: 'step', phase: 'purchase' });
    expect(phaseMeaning('Kundenbindungsphase')).toEqual({ type: 'step', phase: 'retention' });
    expect(phaseMeaning('Bewertungsphase')).toEqual({ type: 'step', phase: 'advocacy' });
  });

  it('recognises common phase names beyond the presets (issue 17)', () => {
    expect(phaseMeaning('Conversion')).toEqual({ type: 'step', phase: 'purchase' });
    expect(phaseMeaning('Überlegungsphase')).toEqual({ type: 'step', phase: 'consideration' });
    expect(phaseMeaning('Interesse')).toEqual({ type: 'step', phase: 'consideration' });
    expect(phaseMeaning('Attention')).toEqual({ type: 'step', phase: 'awareness' });
    expect(phaseMeaning('Bestellung')).toEqual({ type: 'step', phase: 'purchase' });
    expect(phaseMeaning('Lieferung')).toEqual({ type: 'step', phase: 'retention' });
    expect(phaseMeaning('After-Sales')).toEqual({ type: 'stage', stage: 'afterPurchase' });
    expect(phaseMeaning('Weiterempfehlung')).toEqual({ type: 'step', phase: 'advocacy' });
  });

  it('returns null for a free title', () => {
    expect(phaseMeaning('Montag')).toBeNull();
    expect(phaseMeaning('')).toBeNull();
  });
});

describe('phaseSpans', () => {
  it('places the three stages over the five funnel slots', () => {
    const spans = phaseSpans(titles('Before purchase', 'During purchase', 'After purchase'));
    expect(spans.map((s) => [s.start, s.end].map((v) => Math.round(v * 10) / 10))).toEqual([
      [0, 0.4],
      [0.4, 0.6],
      [0.6, 1],
    ]);
  });

  it('spreads columns evenly when a title is unknown or out of order', () => {
    expect(phaseSpans(titles('Awareness', 'Montag'))).toEqual([
      { start: 0, end: 0.5 },
      { start: 0.5, end: 1 },
    ]);
    expect(phaseSpans(titles('Retention', 'Awareness'))).toEqual([
      { start: 0, end: 0.5 },
      { start: 0.5, end: 1 },
    ]);
  });

  it('handles no columns', () => {
    expect(phaseSpans([])).toEqual([]);
  });
});

describe('phaseStages and phaseSteps', () => {
  it('maps the funnel onto purchase stages', () => {
    expect(phaseStages(phasesFor('funnel', 'de'))).toEqual([
      'beforePurchase',
      'beforePurchase',
      'duringPurchase',
      'afterPurchase',
      'afterPurchase',
    ]);
  });

  it('lets a before-purchase column cover awareness and consideration', () => {
    expect(phaseSteps(phasesFor('threePhases', 'en'))).toEqual([
      ['awareness', 'consideration'],
      ['purchase'],
      ['retention', 'advocacy'],
    ]);
  });

  it('judges unknown columns by position', () => {
    expect(phaseStages(titles('A', 'B', 'C'))).toEqual(['beforePurchase', 'duringPurchase', 'afterPurchase']);
    expect(phaseSteps(titles('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J')).map((s) => s.length)).toEqual(
      Array(10).fill(1),
    );
  });
});
