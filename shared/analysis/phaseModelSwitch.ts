/**
 * Switching a board to another phase model (for example 3 phases to the 5-phase funnel and
 * back) without losing a note. Each old column is laid on the journey timeline (see
 * catalogue/methodPhases): "Before purchase" covers awareness and consideration, so on the way
 * to five phases its notes split by where they sit in the column, left half to Awareness, right
 * half to Consideration; on the way back the two columns are laid side by side in the new,
 * wider "Before purchase" column. Lanes and heights stay as they are, and 5 -> 3 -> 5 puts every
 * note back where it was.
 */
import { phaseSpans } from '../catalogue/methodPhases';
import type { JourneyDoc } from '../model/document';
import { LIMITS, type Id, type Note, type Phase } from '../model/journey';
import { growCellsToFit } from '../model/structure';
import { DEFAULT_PHASE_WIDTH } from '../model/templates';

/** A stretch of an old column (in its own pixels) that lands in a new column at `offset`. */
interface Segment {
  fromPhaseId: Id;
  toPhaseId: Id;
  /** Pixel range within the old column. */
  startPx: number;
  endPx: number;
  /** Where the stretch starts within the new column. */
  offset: number;
}

export interface PhaseSwitchTarget {
  phase: Phase;
  /** Old columns that pour notes (or timeline) into this one, in board order. */
  fromPhaseIds: Id[];
  noteIds: Id[];
}

export interface PhaseSwitchPlan {
  targets: PhaseSwitchTarget[];
  /** Where each note in a column goes. */
  moves: { noteId: Id; fromPhaseId: Id; toPhaseId: Id }[];
  doc: JourneyDoc;
}


/**
 * The plan for replacing the board's columns with `newPhases` (fresh ids, e.g. from
 * `phasesFor(template, language)`): a preview of what goes where and the resulting document.
 */
export function planPhaseSwitch(doc: JourneyDoc, newPhases: readonly Phase[]): PhaseSwitchPlan {
  if (newPhases.length === 0) throw new Error('A board needs at least one phase.');
  const oldSpans = phaseSpans(doc.phases);
  const newSpans = phaseSpans(newPhases);

  // Cut every old column into the stretches that fall into each new column.
  const segments: Segment[] = [];
  doc.phases.forEach((old, i) => {
    const span = oldSpans[i]!;
    const length = span.end - span.start;
    const hits = newPhases
      .map((p, j) => ({ j, start: Math.max(span.start, newSpans[j]!.start), end: Math.min(span.end, newSpans[j]!.end) }))
      .filter((h) => h.end - h.start > 1e-9);
    if (hits.length === 0) {
      // A column the new model has no time for (a gap in the recognised titles): nearest new column.
      const centre = (span.start + span.end) / 2;
      const nearest = newSpans
        .map((s, j) => ({ j, distance: Math.abs((s.start + s.end) / 2 - centre) }))
        .sort((a, b) => a.distance - b.distance)[0]!;
      hits.push({ j: nearest.j, start: span.start, end: span.end });
    }
    for (const h of hits) {
      const startPx = length > 0 ? ((h.start - span.start) / length) * old.width : 0;
      const endPx = length > 0 ? ((h.end - span.start) / length) * old.width : old.width;
      segments.push({ fromPhaseId: old.id, toPhaseId: newPhases[h.j]!.id, startPx, endPx, offset: 0 });
    }
  });

  // Lay the stretches side by side in each new column; the column is as wide as they need.
  const widths = new Map<Id, number>();
  for (const phase of newPhases) {
    let offset = 0;
    for (const s of segments.filter((s) => s.toPhaseId === phase.id)) {
      s.offset = offset;
      offset += s.endPx - s.startPx;
    }
    widths.set(phase.id, Math.min(LIMITS.phaseWidthMax, Math.max(DEFAULT_PHASE_WIDTH, Math.round(offset))));
  }

  const oldIds = new Set(doc.phases.map((p) => p.id));
  const notes: Record<Id, Note> = { ...doc.notes };
  const moves: PhaseSwitchPlan['moves'] = [];
  for (const note of Object.values(doc.notes)) {
    if (note.phaseId === null || !oldIds.has(note.phaseId)) continue;
    const own = segments.filter((s) => s.fromPhaseId === note.phaseId);
    const centre = note.x + note.width / 2;
    // The stretch under the note's centre; before the first or past the last, the nearest one.
    const segment = own.find((s) => centre >= s.startPx && centre < s.endPx) ?? (centre < own[0]!.startPx ? own[0]! : own[own.length - 1]!);
    const x = Math.max(0, segment.offset + note.x - segment.startPx);
    notes[note.id] = { ...note, phaseId: segment.toPhaseId, x };
    moves.push({ noteId: note.id, fromPhaseId: note.phaseId, toPhaseId: segment.toPhaseId });
  }

  const phases = newPhases.map((p) => ({ ...p, width: widths.get(p.id)! }));
  const next = growCellsToFit({ ...doc, phases, notes });
  const targets = next.phases.map((phase) => ({
    phase,
    fromPhaseIds: [...new Set(segments.filter((s) => s.toPhaseId === phase.id).map((s) => s.fromPhaseId))],
    noteIds: moves.filter((m) => m.toPhaseId === phase.id).map((m) => m.noteId),
  }));
  return { targets, moves, doc: next };
}
