/** The KPI notes of a journey, judged against their targets. */
import type { Id } from '../model/journey';
import { notesInReadingOrder, type AnalysisInput } from './groups';
import { assessKpi, type KpiAssessment } from './kpiStatus';

export interface KpiResult extends KpiAssessment {
  noteId: Id;
  text: string;
  phaseId: Id | null;
}

export interface KpiReport {
  missed: KpiResult[];
  met: KpiResult[];
  /** KPI notes without a readable target and actual. */
  unknown: KpiResult[];
}

export function kpiReport(input: AnalysisInput): KpiReport {
  const report: KpiReport = { missed: [], met: [], unknown: [] };
  for (const note of notesInReadingOrder(input, (n) => n.kind === 'kpi')) {
    const result: KpiResult = { noteId: note.id, text: note.text, phaseId: note.phaseId, ...assessKpi(note.kpi, note.text) };
    report[result.verdict].push(result);
  }
  return report;
}
