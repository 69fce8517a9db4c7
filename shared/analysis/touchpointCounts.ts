/**
 * How many touchpoints the map holds, per phase and before purchase. DOMAIN.md's "rule of seven":
 * a customer has about seven interactions before deciding to buy, so fewer than seven mapped
 * touchpoints before purchase usually means the room has not found them all yet.
 */
import { phaseStages } from '../catalogue/methodPhases';
import type { Note } from '../model/journey';
import { groupByPhase, notesInReadingOrder, type AnalysisInput, type NoteGroup, type PhaseGroup } from './groups';

export const RULE_OF_SEVEN = 7;

export const isTouchpoint = (note: Note) => note.kind === 'touchpoint';

export interface TouchpointCounts {
  perPhase: PhaseGroup[];
  total: NoteGroup;
  /** Touchpoints outside the grid: counted in the total, in no phase. */
  unplaced: NoteGroup;
  beforePurchase: NoteGroup & {
    /** The columns judged to lie before the purchase. */
    phaseIds: string[];
    /** How many more the rule of seven expects; 0 once reached. */
    missing: number;
  };
}

export function countTouchpoints(input: AnalysisInput): TouchpointCounts {
  const touchpoints = notesInReadingOrder(input, isTouchpoint);
  const perPhase = groupByPhase(input.phases, touchpoints);
  const stages = phaseStages(input.phases);
  const beforePhases = perPhase.filter((_, i) => stages[i] === 'beforePurchase');
  const beforeIds = beforePhases.flatMap((g) => g.noteIds);
  const known = new Set(input.phases.map((p) => p.id));
  return {
    perPhase,
    total: { noteIds: touchpoints.map((n) => n.id) },
    unplaced: { noteIds: touchpoints.filter((n) => n.phaseId === null || !known.has(n.phaseId)).map((n) => n.id) },
    beforePurchase: {
      noteIds: beforeIds,
      phaseIds: beforePhases.map((g) => g.phaseId),
      missing: Math.max(0, RULE_OF_SEVEN - beforeIds.length),
    },
  };
}
