/**
 * The KPI catalogue of DOMAIN.md by funnel phase, en and de. Each entry says whether a larger
 * value is better, so a KPI note created from the catalogue knows whether its actual missed
 * the target (a bounce rate above target is a miss; a conversion rate above target is not).
 */
import type { Language } from '../model/templates';
import type { MethodPhase } from './methodPhases';
import { matchesQuery, normaliseText, type Localised } from './text';

export interface KpiEntry {
  id: string;
  phase: MethodPhase;
  name: Localised;
  higherIsBetter: boolean;
}

const kpi = (id: string, phase: MethodPhase, en: string, de: string, higherIsBetter = true): KpiEntry => ({
  id,
  phase,
  name: { en, de },
  higherIsBetter,
});

export const KPI_CATALOGUE: readonly KpiEntry[] = [
  kpi('impressions', 'awareness', 'Impressions', 'Impressionen'),
  kpi('cpm', 'awareness', 'Cost per thousand impressions (CPM)', 'Tausend-Kontakt-Preis (TKP / CPM)', false),
  kpi('reach', 'awareness', 'Reach', 'Reichweite'),
  // A ranking is a position: 1 beats 10.
  kpi('seoRanking', 'awareness', 'SEO ranking', 'SEO-Ranking', false),
  kpi('bounceRate', 'awareness', 'Bounce rate', 'Absprungrate', false),
  kpi('timeOnSite', 'awareness', 'Time on site', 'Verweildauer'),
  kpi('pagesPerVisit', 'awareness', 'Pages per visit', 'Seiten pro Besuch'),

  kpi('clicks', 'consideration', 'Clicks', 'Klicks'),
  kpi('ctr', 'consideration', 'Click-through rate (CTR)', 'Klickrate (CTR)'),
  kpi('cpc', 'consideration', 'Cost per click (CPC)', 'Kosten pro Klick (CPC)', false),
  kpi('engagementRate', 'consideration', 'Engagement rate', 'Interaktionsrate (Engagement)'),

  kpi('conversionRate', 'purchase', 'Conversion rate', 'Konversionsrate'),
  kpi('revenue', 'purchase', 'Revenue', 'Umsatz'),
  kpi('costPerConversion', 'purchase', 'Cost per conversion', 'Kosten pro Konversion', false),

  kpi('loyalty', 'retention', 'Loyalty', 'Kundentreue'),
  kpi('csat', 'retention', 'Customer satisfaction (CSAT)', 'Kundenzufriedenheit (CSAT)'),
  kpi('npsRetention', 'retention', 'Net Promoter Score (NPS)', 'Net Promoter Score (NPS)'),
  kpi('clv', 'retention', 'Customer lifetime value (CLV)', 'Kundenwert (CLV)'),
  kpi('feedback', 'retention', 'Feedback', 'Feedback'),

  kpi('referrals', 'advocacy', 'Referrals', 'Weiterempfehlungen'),
  kpi('npsAdvocacy', 'advocacy', 'Net Promoter Score (NPS)', 'Net Promoter Score (NPS)'),
];

export function kpisOfPhase(phase: MethodPhase, catalogue: readonly KpiEntry[] = KPI_CATALOGUE): KpiEntry[] {
  return catalogue.filter((e) => e.phase === phase);
}

export function searchKpis(query: string, catalogue: readonly KpiEntry[] = KPI_CATALOGUE): KpiEntry[] {
  return catalogue.filter((e) => matchesQuery(e.name.en, query) || matchesQuery(e.name.de, query));
}

/**
 * The catalogue KPI a note's text names, in either language: the full name, or the short form
 * in brackets ("NPS", "CTR"). Used to know whether higher is better for a hand-written KPI note.
 */
export function findKpiByName(text: string, catalogue: readonly KpiEntry[] = KPI_CATALOGUE): KpiEntry | undefined {
  const wanted = normaliseText(text);
  if (!wanted) return undefined;
  for (const e of catalogue) {
    for (const language of ['en', 'de'] as Language[]) {
      const name = e.name[language];
      const short = /\(([^)]+)\)/.exec(name)?.[1];
      const bare = name.replace(/\s*\([^)]*\)/, '');
      const candidates = [name, bare, ...(short ? short.split('/') : [])].map(normaliseText);
      if (candidates.includes(wanted)) return e;
    }
  }
  return undefined;
}
