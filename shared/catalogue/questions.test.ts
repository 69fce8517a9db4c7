import { describe, expect, it } from 'vitest';
import { phasesFor } from '../model/templates';
import { guidingQuestions, guidingQuestionsForPhases, MAPPING_QUESTIONS, OPTIMISATION_QUESTIONS } from './questions';

describe('guiding questions', () => {
  it('asks the three mapping questions of DOMAIN.md in both languages', () => {
    expect(guidingQuestions(['awareness'], 'en').mapping).toEqual([
      'What does the customer want in this phase?',
      'What does our company want in this phase?',
      "What should the persona's next interaction be?",
    ]);
    expect(guidingQuestions(['awareness'], 'de').mapping[0]).toBe('Was möchte der Kunde in dieser Phase?');
    expect(MAPPING_QUESTIONS.every((q) => q.en && q.de && q.en !== q.de)).toBe(true);
    expect(OPTIMISATION_QUESTIONS.every((q) => q.en && q.de && q.en !== q.de)).toBe(true);
  });

  it('adds a question per funnel step the column covers', () => {
    const [before, during, after] = guidingQuestionsForPhases(phasesFor('threePhases', 'de'), 'de');
    expect(before!.step).toHaveLength(2);
    expect(during!.step).toEqual(['Was könnte den Kauf im letzten Moment verhindern?']);
    expect(after!.step).toHaveLength(2);
  });
});
