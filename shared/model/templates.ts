/**
 * Starting boards from the method (DOMAIN.md): the phase presets with the usual lanes, in the
 * workshop's language. Titles are journey content, not UI, so they live here rather than in
 * the UI translations: a German workshop keeps German phase names even if the app is English.
 */
import { newId } from './ids';
import { emptyPersona, type Journey, type Lane, type NoteKind, type Phase } from './journey';

export type Language = 'en' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'de'];

export const TEMPLATE_IDS = ['blank', 'threePhases', 'funnel', 'b2b'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

type Localised = Record<Language, string>;

const PHASE_PRESETS: Record<TemplateId, Localised[]> = {
  blank: [{ en: 'Phase 1', de: 'Phase 1' }],
  threePhases: [
    { en: 'Before purchase', de: 'Vor dem Kauf' },
    { en: 'During purchase', de: 'Beim Kauf' },
    { en: 'After purchase', de: 'Nach dem Kauf' },
  ],
  funnel: [
    { en: 'Awareness', de: 'Aufmerksamkeit' },
    { en: 'Consideration', de: 'Erwägung' },
    { en: 'Purchase', de: 'Kauf' },
    { en: 'Retention', de: 'Kundenbindung' },
    { en: 'Advocacy', de: 'Treue und Empfehlung' },
  ],
  b2b: [
    { en: 'Need recognition', de: 'Bedürfniserkennung' },
    { en: 'Information', de: 'Informationsphase' },
    { en: 'Decision', de: 'Entscheidungsphase' },
    { en: 'Retention', de: 'Kundenbindungsphase' },
    { en: 'Evaluation', de: 'Bewertungsphase' },
  ],
};

export const STANDARD_LANES: { kind: NoteKind; title: Localised }[] = [
  { kind: 'touchpoint', title: { en: 'Touchpoints', de: 'Touchpoints' } },
  { kind: 'customerAction', title: { en: 'Customer actions', de: 'Kundenhandlungen' } },
  { kind: 'thought', title: { en: 'Thoughts', de: 'Gedanken' } },
  { kind: 'emotion', title: { en: 'Emotions', de: 'Emotionen' } },
  { kind: 'painPoint', title: { en: 'Pain points', de: 'Schmerzpunkte' } },
  { kind: 'opportunity', title: { en: 'Opportunities / ideas', de: 'Chancen / Ideen' } },
  { kind: 'kpi', title: { en: 'KPIs', de: 'KPIs' } },
];

export const DEFAULT_PHASE_WIDTH = 480;
export const DEFAULT_LANE_HEIGHT = 240;
/**
 * The emotion lane is taller: a note's height in it is its score (-2..+2), and five levels
 * need room to read as a curve across the room rather than a flat line.
 */
export const EMOTION_LANE_HEIGHT = 400;

export function defaultLaneHeight(kind: NoteKind): number {
  return kind === 'emotion' ? EMOTION_LANE_HEIGHT : DEFAULT_LANE_HEIGHT;
}

const UNTITLED: Localised = { en: 'Untitled journey', de: 'Unbenannte Journey' };

export function phasesFor(template: TemplateId, language: Language): Phase[] {
  return PHASE_PRESETS[template].map((title) => ({
    id: newId(),
    title: title[language],
    width: DEFAULT_PHASE_WIDTH,
  }));
}

export function standardLanes(language: Language): Lane[] {
  return STANDARD_LANES.map((lane) => ({
    id: newId(),
    title: lane.title[language],
    kind: lane.kind,
    height: defaultLaneHeight(lane.kind),
    hidden: false,
  }));
}

export function createJourney(options: {
  template: TemplateId;
  language: Language;
  title?: string;
  now?: Date;
}): Journey {
  const now = (options.now ?? new Date()).toISOString();
  return {
    id: newId(),
    title: options.title ?? UNTITLED[options.language],
    persona: emptyPersona(),
    backstory: '',
    phases: phasesFor(options.template, options.language),
    lanes: standardLanes(options.language),
    notes: [],
    connectors: [],
    createdAt: now,
    updatedAt: now,
  };
}
