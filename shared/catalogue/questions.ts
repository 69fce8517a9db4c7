/**
 * Guiding questions per phase (DOMAIN.md, steps 3 and 7), shown beside a phase header and in
 * presentation mode. They are read to the room in the workshop's language, so they are content
 * in en and de like the catalogues, not UI strings.
 */
import type { Language } from '../model/templates';
import type { Phase } from '../model/journey';
import { phaseSteps, type MethodPhase } from './methodPhases';
import type { Localised } from './text';

/** Asked of every phase while the map is built (step 3). */
export const MAPPING_QUESTIONS: readonly Localised[] = [
  { en: 'What does the customer want in this phase?', de: 'Was möchte der Kunde in dieser Phase?' },
  { en: 'What does our company want in this phase?', de: 'Was möchte unser Unternehmen in dieser Phase?' },
  { en: "What should the persona's next interaction be?", de: 'Was soll die nächste Interaktion der Persona sein?' },
];

/** Asked phase by phase once the picture is complete (step 7, optimisation). */
export const OPTIMISATION_QUESTIONS: readonly Localised[] = [
  { en: 'What hinders the customer here?', de: 'Was hindert den Kunden hier?' },
  { en: 'What helps the customer here?', de: 'Was hilft dem Kunden hier?' },
  { en: 'What can we improve?', de: 'Was können wir verbessern?' },
  { en: 'How do we measure success?', de: 'Wie messen wir den Erfolg?' },
];

/** One question that fits the step of the funnel a phase stands for. */
export const STEP_QUESTIONS: Record<MethodPhase, Localised> = {
  awareness: { en: 'Where does the customer first hear of us?', de: 'Wo hört der Kunde zum ersten Mal von uns?' },
  consideration: { en: 'What does the customer compare us with?', de: 'Womit vergleicht der Kunde uns?' },
  purchase: { en: 'What could stop the purchase at the last moment?', de: 'Was könnte den Kauf im letzten Moment verhindern?' },
  retention: { en: 'What makes the customer stay?', de: 'Was bewegt den Kunden dazu, zu bleiben?' },
  advocacy: { en: 'What would make the customer recommend us?', de: 'Was würde den Kunden dazu bringen, uns weiterzuempfehlen?' },
};

export interface GuidingQuestions {
  mapping: string[];
  step: string[];
  optimisation: string[];
}

/** The questions for a column that covers the given funnel steps, in the workshop's language. */
export function guidingQuestions(steps: readonly MethodPhase[], language: Language): GuidingQuestions {
  return {
    mapping: MAPPING_QUESTIONS.map((q) => q[language]),
    step: steps.map((s) => STEP_QUESTIONS[s][language]),
    optimisation: OPTIMISATION_QUESTIONS.map((q) => q[language]),
  };
}

/** The questions for each column of a board, in column order. */
export function guidingQuestionsForPhases(phases: readonly Pick<Phase, 'title'>[], language: Language): GuidingQuestions[] {
  return phaseSteps(phases).map((steps) => guidingQuestions(steps, language));
}
