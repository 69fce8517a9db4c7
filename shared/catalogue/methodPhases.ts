/**
 * The method's phases behind a board's columns. Facilitators name phases freely, but the
 * catalogues (KPIs per phase, touchpoints per stage), the "rule of seven" (touchpoints before
 * purchase) and switching between phase models need to know where in the customer's journey
 * a column sits. Each column is placed on one timeline from 0 (first awareness) to 1 (past
 * advocacy): by its title when it names a known phase (DOMAIN.md presets, en and de), otherwise
 * by its position among the columns.
 */
import type { Phase } from '../model/journey';
import { normaliseText, type Localised } from './text';

/** The five steps of the funnel; the B2B preset's phases map onto the same slots. */
export const METHOD_PHASES = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;
export type MethodPhase = (typeof METHOD_PHASES)[number];

/** The three purchase stages of the simple preset and the touchpoint catalogue. */
export const PURCHASE_STAGES = ['beforePurchase', 'duringPurchase', 'afterPurchase'] as const;
export type PurchaseStage = (typeof PURCHASE_STAGES)[number];

export const METHOD_PHASE_TITLES: Record<MethodPhase, Localised> = {
  awareness: { en: 'Awareness', de: 'Aufmerksamkeit' },
  consideration: { en: 'Consideration', de: 'Erwägung' },
  purchase: { en: 'Decision / purchase', de: 'Entscheidung / Kauf' },
  retention: { en: 'Retention', de: 'Kundenbindung' },
  advocacy: { en: 'Advocacy', de: 'Treue und Empfehlung' },
};

export const PURCHASE_STAGE_TITLES: Record<PurchaseStage, Localised> = {
  beforePurchase: { en: 'Before purchase', de: 'Vor dem Kauf' },
  duringPurchase: { en: 'During purchase', de: 'Beim Kauf' },
  afterPurchase: { en: 'After purchase', de: 'Nach dem Kauf' },
};

/** A stretch of the journey timeline, [start, end) within 0..1. */
export interface Span {
  start: number;
  end: number;
}

const SLOT = 1 / METHOD_PHASES.length;
const slotSpan = (phase: MethodPhase): Span => {
  const i = METHOD_PHASES.indexOf(phase);
  return { start: i * SLOT, end: (i + 1) * SLOT };
};
const STAGE_SPANS: Record<PurchaseStage, Span> = {
  beforePurchase: { start: 0, end: 2 * SLOT },
  duringPurchase: { start: 2 * SLOT, end: 3 * SLOT },
  afterPurchase: { start: 3 * SLOT, end: 1 },
};

export type PhaseMeaning =
  | { type: 'stage'; stage: PurchaseStage }
  | { type: 'step'; phase: MethodPhase };

/**
 * Words that identify a phase in its title. Order matters: "before purchase" and "after
 * purchase" contain "purchase", so the stages are tried before the funnel steps.
 */
const TITLE_RULES: { meaning: PhaseMeaning; words: string[] }[] = [
  { meaning: { type: 'stage', stage: 'beforePurchase' }, words: ['before purchase', 'pre purchase', 'vor dem kauf', 'vor kauf', 'vorkauf'] },
  { meaning: { type: 'stage', stage: 'afterPurchase' }, words: ['after purchase', 'post purchase', 'nach dem kauf', 'nach kauf', 'nachkauf', 'after sales', 'aftersales'] },
  { meaning: { type: 'stage', stage: 'duringPurchase' }, words: ['during purchase', 'beim kauf', 'wahrend des kaufs'] },
  {
    meaning: { type: 'step', phase: 'awareness' },
    words: ['awareness', 'aufmerksamkeit', 'attention', 'wahrnehmung', 'inspiration', 'need recognition', 'bedurfniserkennung', 'bedarfserkennung', 'bedurfnis', 'discovery', 'entdeckung'],
  },
  {
    meaning: { type: 'step', phase: 'consideration' },
    words: ['consideration', 'erwagung', 'uberlegung', 'abwagung', 'interest', 'interesse', 'desire', 'information', 'research', 'recherche', 'orientierung', 'orientation', 'evaluation of options', 'vergleich', 'comparison'],
  },
  {
    meaning: { type: 'step', phase: 'retention' },
    words: ['retention', 'kundenbindung', 'bindung', 'loyalty', 'loyalitat', 'nutzung', 'usage', 'onboarding', 'delivery', 'lieferung', 'nachbetreuung', 'repurchase', 'wiederkauf'],
  },
  { meaning: { type: 'step', phase: 'advocacy' }, words: ['advocacy', 'empfehlung', 'treue', 'evaluation', 'bewertung', 'referral', 'weiterempfehlung', 'recommendation', 'ambassador', 'botschafter'] },
  { meaning: { type: 'step', phase: 'purchase' }, words: ['purchase', 'kauf', 'decision', 'entscheidung', 'buy', 'checkout', 'abschluss', 'conversion', 'konversion', 'bestellung', 'order', 'transaction', 'transaktion'] },
];

/** What a phase title means in the method, or null for a title the method doesn't name. */
export function phaseMeaning(title: string): PhaseMeaning | null {
  const normalised = ` ${normaliseText(title)} `;
  for (const rule of TITLE_RULES) {
    if (rule.words.some((w) => normalised.includes(` ${normaliseText(w)}`))) return rule.meaning;
  }
  return null;
}

export function spanOfMeaning(meaning: PhaseMeaning): Span {
  return meaning.type === 'stage' ? STAGE_SPANS[meaning.stage] : slotSpan(meaning.phase);
}

/**
 * Where each column sits on the journey timeline. Titles are trusted only when every column is
 * recognised and they follow the journey's order without overlapping; a board with renamed or
 * custom columns is spread evenly instead, which is what a person assumes reading left to right.
 */
export function phaseSpans(phases: readonly Pick<Phase, 'title'>[]): Span[] {
  const meanings = phases.map((p) => phaseMeaning(p.title));
  if (meanings.length > 0 && meanings.every((m) => m !== null)) {
    const spans = meanings.map((m) => spanOfMeaning(m!));
    const ordered = spans.every((s, i) => i === 0 || s.start >= spans[i - 1]!.end - 1e-9);
    if (ordered) return spans;
  }
  const n = phases.length;
  return phases.map((_, i) => ({ start: i / n, end: (i + 1) / n }));
}

function stageAt(t: number): PurchaseStage {
  if (t < STAGE_SPANS.beforePurchase.end - 1e-9) return 'beforePurchase';
  if (t < STAGE_SPANS.duringPurchase.end - 1e-9) return 'duringPurchase';
  return 'afterPurchase';
}

function stepAt(t: number): MethodPhase {
  return METHOD_PHASES[Math.min(METHOD_PHASES.length - 1, Math.max(0, Math.floor(t / SLOT + 1e-9)))]!;
}

/** The purchase stage of each column, judged by the middle of its span. */
export function phaseStages(phases: readonly Pick<Phase, 'title'>[]): PurchaseStage[] {
  return phaseSpans(phases).map((s) => stageAt((s.start + s.end) / 2));
}

/** The funnel steps a column covers (a "Before purchase" column covers awareness and consideration). */
export function phaseSteps(phases: readonly Pick<Phase, 'title'>[]): MethodPhase[][] {
  return phaseSpans(phases).map((s) => {
    const steps: MethodPhase[] = [];
    for (const step of METHOD_PHASES) {
      const span = slotSpan(step);
      if (span.start < s.end - 1e-9 && span.end > s.start + 1e-9) steps.push(step);
    }
    return steps.length > 0 ? steps : [stepAt(s.start)];
  });
}
