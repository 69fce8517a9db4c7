/**
 * What "New journey" offers: the method's phase presets, the online shop after checkout with
 * its touchpoints placed, and the two example workshops as demo journeys. The examples ship in
 * assets/templates/ (copied from the shared examples, which are not part of the app) and are
 * converted by the file format's example reader.
 */
import b2bExample from '../../assets/templates/b2b-software-en.json';
import shopExample from '../../assets/templates/online-shop-de.json';
import { journeyFromExample } from '../../shared/format';
import { createAfterCheckoutJourney } from '../../shared/model/afterCheckoutTemplate';
import { createJourney, type Journey, type Language } from '../../shared/model';

export const TEMPLATE_CHOICE_IDS = ['blank', 'threePhases', 'funnel', 'b2b', 'afterCheckout', 'exampleShop', 'exampleB2b'] as const;
export type TemplateChoiceId = (typeof TEMPLATE_CHOICE_IDS)[number];

export interface TemplateChoice {
  id: TemplateChoiceId;
  kind: 'template' | 'example';
  /** Examples are written in one language; templates follow the chosen workshop language. */
  language: Language | null;
  create(options: { language: Language; title?: string }): Journey;
}

function fromExample(example: unknown, title?: string): Journey {
  const journey = journeyFromExample(example);
  return title ? { ...journey, title } : journey;
}

export const TEMPLATE_CHOICES: readonly TemplateChoice[] = [
  { id: 'blank', kind: 'template', language: null, create: (o) => createJourney({ template: 'blank', ...o }) },
  { id: 'threePhases', kind: 'template', language: null, create: (o) => createJourney({ template: 'threePhases', ...o }) },
  { id: 'funnel', kind: 'template', language: null, create: (o) => createJourney({ template: 'funnel', ...o }) },
  { id: 'b2b', kind: 'template', language: null, create: (o) => createJourney({ template: 'b2b', ...o }) },
  { id: 'afterCheckout', kind: 'template', language: null, create: (o) => createAfterCheckoutJourney(o) },
  { id: 'exampleShop', kind: 'example', language: 'de', create: (o) => fromExample(shopExample, o.title) },
  { id: 'exampleB2b', kind: 'example', language: 'en', create: (o) => fromExample(b2bExample, o.title) },
];
