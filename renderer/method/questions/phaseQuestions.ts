/**
 * The guiding questions of one phase of the open board, in the board's language: shown beside
 * the phase header on demand, and by presentation mode when it steps through the phases.
 */
import { boardLanguage, guidingQuestionsForPhases, type GuidingQuestions } from '../../../shared/catalogue';
import type { Id, JourneyDoc, Language } from '../../../shared/model';

export function phaseQuestions(doc: Pick<JourneyDoc, 'phases' | 'lanes'>, phaseId: Id, fallback: Language): GuidingQuestions | null {
  const index = doc.phases.findIndex((p) => p.id === phaseId);
  if (index < 0) return null;
  return guidingQuestionsForPhases(doc.phases, boardLanguage(doc, fallback))[index] ?? null;
}
