import { describe, expect, it } from 'vitest';
import { assessKpi, directionOfTarget, kpiMissesTarget, parseKpiNumber } from './kpiStatus';

describe('parseKpiNumber', () => {
  it.each([
    ['12', 12],
    ['12,5 %', 12.5],
    ['12.5%', 12.5],
    ['-3', -3],
    ['− 3,5', -3.5],
    ['1.250 €', 1250],
    ['1,250', 1250],
    ['0,125', 0.125],
    ['1.234.567', 1234567],
    ['1.234,56 €', 1234.56],
    ['1,234.56 $', 1234.56],
    ['3,4k', 3400],
    ['2 Mio', 2_000_000],
    ['≥ 40 %', 40],
    ['max. 2 €', 2],
    ["1'000", 1000],
    ['NPS 45', 45],
  ])('reads %s as %d', (text, expected) => {
    expect(parseKpiNumber(text)).toBeCloseTo(expected, 9);
  });

  it.each([undefined, '', 'hoch', 'n/a', '%'])('reads %s as no number', (text) => {
    expect(parseKpiNumber(text)).toBeNull();
  });
});

describe('directionOfTarget', () => {
  it('reads the wording of a target', () => {
    expect(directionOfTarget('< 40 %')).toBe(false);
    expect(directionOfTarget('höchstens 2 €')).toBe(false);
    expect(directionOfTarget('≥ 3 %')).toBe(true);
    expect(directionOfTarget('mindestens 50')).toBe(true);
    expect(directionOfTarget('40 %')).toBeUndefined();
    expect(directionOfTarget(undefined)).toBeUndefined();
  });
});

describe('assessKpi', () => {
  it('misses when a higher-is-better actual is below target', () => {
    expect(assessKpi({ target: '3 %', actual: '2,1 %' }, 'Konversionsrate').verdict).toBe('missed');
    expect(assessKpi({ target: '3 %', actual: '3,0 %' }, 'Konversionsrate').verdict).toBe('met');
  });

  it('uses the catalogue when the note names a lower-is-better KPI', () => {
    expect(assessKpi({ target: '40 %', actual: '55 %' }, 'Absprungrate').verdict).toBe('missed');
    expect(assessKpi({ target: '40 %', actual: '35 %' }, 'Bounce rate').verdict).toBe('met');
  });

  it('lets the note flag win over the catalogue, and the wording over the catalogue', () => {
    expect(assessKpi({ target: '40', actual: '55', higherIsBetter: true }, 'Bounce rate').verdict).toBe('met');
    expect(assessKpi({ target: '> 40', actual: '35' }, 'Bounce rate').verdict).toBe('missed');
  });

  it('cannot judge without both numbers', () => {
    expect(assessKpi({ target: '40 %' }).verdict).toBe('unknown');
    expect(assessKpi({ target: 'viel', actual: '3' }).verdict).toBe('unknown');
    expect(assessKpi(undefined).verdict).toBe('unknown');
  });
});

describe('kpiMissesTarget', () => {
  it('only marks KPI notes', () => {
    const kpi = { target: '10', actual: '5' };
    expect(kpiMissesTarget({ kind: 'kpi', text: 'Reach', kpi })).toBe(true);
    expect(kpiMissesTarget({ kind: 'touchpoint', text: 'Reach', kpi })).toBe(false);
  });
});
