/**
 * Whether a KPI note's actual value misses its target. Workshop notes are typed by hand in
 * either language: "12,5 %", "1.250 €", "≤ 40 %", "max. 2 €", "3.4k". The parser reads the
 * number; the target's comparison word or sign, the note's own flag, or the catalogue entry the
 * note names decides whether higher is better.
 */
import { findKpiByName, type KpiEntry } from '../catalogue/kpis';
import type { Kpi, Note } from '../model/journey';

const SUFFIX: Record<string, number> = { k: 1e3, tsd: 1e3, m: 1e6, mio: 1e6, mrd: 1e9, bn: 1e9 };

/**
 * The first number in a KPI text, or null. Decimal commas and points both work; a single
 * separator followed by exactly three digits ("1.250", "1,250") is read as a thousands
 * separator, because business figures of that shape are amounts far more often than
 * three-decimal fractions. A leading zero ("0,125") keeps it decimal.
 */
export function parseKpiNumber(text: string | undefined): number | null {
  if (!text) return null;
  const match = /([-−+]?)\s*(\d[\d.,'’\s]*\d|\d)\s*(k|tsd|mio|mrd|bn|m)?\b/i.exec(text.replace(/\u00a0/g, ' '));
  if (!match) return null;
  const sign = match[1] === '-' || match[1] === '−' ? -1 : 1;
  const raw = match[2]!.replace(/['’\s]/g, '');
  const value = readDigits(raw);
  if (value === null || !Number.isFinite(value)) return null;
  const factor = match[3] ? (SUFFIX[match[3].toLowerCase()] ?? 1) : 1;
  return sign * value * factor;
}

function readDigits(raw: string): number | null {
  const commas = raw.split(',').length - 1;
  const points = raw.split('.').length - 1;
  let normalised: string;
  if (commas > 0 && points > 0) {
    // Both present: the one that comes last is the decimal separator.
    const decimal = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalised = raw.split(thousands).join('').replace(decimal, '.');
  } else if (commas + points === 0) {
    normalised = raw;
  } else {
    const separator = commas > 0 ? ',' : '.';
    const parts = raw.split(separator);
    const groupedThousands =
      parts.length > 2 || (parts[1]!.length === 3 && parts[0] !== '0' && parts[0] !== '');
    normalised = groupedThousands ? parts.join('') : parts.join('.');
  }
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** What a target's wording says about direction: "≤ 40 %" and "max. 2 €" want lower values. */
export function directionOfTarget(target: string | undefined): boolean | undefined {
  if (!target) return undefined;
  const t = target.trim().toLowerCase();
  if (/^(<|≤|=<|max\b|max\.|maximal|höchstens|hochstens|at most|below|under|unter|weniger als|less than)/.test(t)) return false;
  if (/^(>|≥|=>|min\b|min\.|mindestens|at least|above|over|über|uber|mehr als|more than)/.test(t)) return true;
  return undefined;
}

export type KpiVerdict = 'met' | 'missed' | 'unknown';

export interface KpiAssessment {
  verdict: KpiVerdict;
  target: number | null;
  actual: number | null;
  higherIsBetter: boolean;
}

/** Resolves the direction: the note's own flag, then the target's wording, then the catalogue, then "higher". */
export function kpiHigherIsBetter(kpi: Kpi, noteText: string, catalogue?: readonly KpiEntry[]): boolean {
  return kpi.higherIsBetter ?? directionOfTarget(kpi.target) ?? findKpiByName(noteText, catalogue)?.higherIsBetter ?? true;
}

export function assessKpi(kpi: Kpi | undefined, noteText = '', catalogue?: readonly KpiEntry[]): KpiAssessment {
  const target = parseKpiNumber(kpi?.target);
  const actual = parseKpiNumber(kpi?.actual);
  const higherIsBetter = kpi ? kpiHigherIsBetter(kpi, noteText, catalogue) : true;
  if (target === null || actual === null) return { verdict: 'unknown', target, actual, higherIsBetter };
  const met = higherIsBetter ? actual >= target : actual <= target;
  return { verdict: met ? 'met' : 'missed', target, actual, higherIsBetter };
}

/** True for a KPI note whose actual misses its target: the board marks it. */
export function kpiMissesTarget(note: Pick<Note, 'kind' | 'kpi' | 'text'>): boolean {
  return note.kind === 'kpi' && assessKpi(note.kpi, note.text).verdict === 'missed';
}
