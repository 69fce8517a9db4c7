/**
 * Where pain points pile up: per phase and per cell, most first. Pain points are what moves a
 * customer to act or stops them, so the hotspots are where the optimisation step starts.
 */
import type { Id } from '../model/journey';
import { notesInReadingOrder, type AnalysisInput, type PhaseGroup } from './groups';

export interface CellGroup extends PhaseGroup {
  laneId: Id;
  laneTitle: string;
}

export interface PainPointHotspots {
  total: Id[];
  /** Phases with at least one pain point, most first (board order on ties). */
  phases: PhaseGroup[];
  /** Cells with at least one pain point, most first. */
  cells: CellGroup[];
}

export function painPointHotspots(input: AnalysisInput): PainPointHotspots {
  const painPoints = notesInReadingOrder(input, (n) => n.kind === 'painPoint');
  const phases: PhaseGroup[] = input.phases
    .map((p) => ({ phaseId: p.id, title: p.title, noteIds: painPoints.filter((n) => n.phaseId === p.id).map((n) => n.id) }))
    .filter((g) => g.noteIds.length > 0);
  const cells: CellGroup[] = [];
  for (const p of input.phases) {
    for (const l of input.lanes) {
      const noteIds = painPoints.filter((n) => n.phaseId === p.id && n.laneId === l.id).map((n) => n.id);
      if (noteIds.length > 0) cells.push({ phaseId: p.id, title: p.title, laneId: l.id, laneTitle: l.title, noteIds });
    }
  }
  // Array.prototype.sort is stable, so ties keep board order.
  const most = (a: { noteIds: Id[] }, b: { noteIds: Id[] }) => b.noteIds.length - a.noteIds.length;
  return { total: painPoints.map((n) => n.id), phases: phases.sort(most), cells: cells.sort(most) };
}
