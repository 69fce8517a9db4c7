import { describe, expect, it } from 'vitest';
import { createJourney, toDoc } from '../../../shared/model';
import { phaseQuestions } from './phaseQuestions';

describe('phaseQuestions', () => {
  it('asks in the board language, whatever the UI language', () => {
    const doc = toDoc(createJourney({ template: 'funnel', language: 'de' }));
    const q = phaseQuestions(doc, doc.phases[1]!.id, 'en')!;
    expect(q.mapping[0]).toBe('Was möchte der Kunde in dieser Phase?');
    expect(q.step).toEqual(['Womit vergleicht der Kunde uns?']);
  });

  it('returns null for a phase that is not on the board', () => {
    const doc = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
    expect(phaseQuestions(doc, 'gone', 'en')).toBeNull();
  });
});
