import { describe, expect, it } from 'vitest';
import { METHOD_PHASES } from './methodPhases';
import { findKpiByName, KPI_CATALOGUE, kpisOfPhase, searchKpis } from './kpis';

describe('KPI catalogue', () => {
  it('holds the KPIs of DOMAIN.md for every phase', () => {
    expect(METHOD_PHASES.map((p) => kpisOfPhase(p).length)).toEqual([7, 4, 3, 5, 2]);
    expect(new Set(KPI_CATALOGUE.map((k) => k.id)).size).toBe(KPI_CATALOGUE.length);
    for (const k of KPI_CATALOGUE) {
      expect(k.name.en.trim()).not.toBe('');
      expect(k.name.de.trim()).not.toBe('');
    }
  });

  it('knows that lower is better for costs and bounce rate', () => {
    const lower = KPI_CATALOGUE.filter((k) => !k.higherIsBetter).map((k) => k.id);
    expect(lower).toEqual(['cpm', 'seoRanking', 'bounceRate', 'cpc', 'costPerConversion']);
  });
});

describe('findKpiByName', () => {
  it('finds a KPI by full name, bare name or abbreviation, in either language', () => {
    expect(findKpiByName('Absprungrate')?.id).toBe('bounceRate');
    expect(findKpiByName('bounce RATE')?.id).toBe('bounceRate');
    expect(findKpiByName('CPC')?.id).toBe('cpc');
    expect(findKpiByName('TKP')?.id).toBe('cpm');
    expect(findKpiByName('Kosten pro Klick')?.id).toBe('cpc');
    expect(findKpiByName('Kundenzufriedenheit (CSAT)')?.id).toBe('csat');
  });

  it('returns nothing for other text', () => {
    expect(findKpiByName('')).toBeUndefined();
    expect(findKpiByName('Umsatzsteuer')).toBeUndefined();
  });
});

describe('searchKpis', () => {
  it('searches both languages without caring for case or umlauts', () => {
    expect(searchKpis('kundenzufriedenheit').map((k) => k.id)).toEqual(['csat']);
    expect(searchKpis('NPS').map((k) => k.id)).toEqual(['npsRetention', 'npsAdvocacy']);
  });
});
