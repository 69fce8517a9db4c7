/** Small shared shapes for analysis results: every figure carries the ids of the notes behind it. */
import type { JourneyDoc } from '../model/document';
import type { Id, Note, Phase } from '../model/journey';

export type AnalysisInput = Pick<JourneyDoc, 'phases' | 'lanes' | 'notes'>;

export interface NoteGroup {
  noteIds: Id[];
}

export interface PhaseGroup extends NoteGroup {
  phaseId: Id;
  title: string;
}

/** Notes in board reading order: by column, then top to bottom, then left to right. */
export function notesInReadingOrder(input: AnalysisInput, keep: (note: Note) => boolean): Note[] {
  const phaseIndex = new Map(input.phases.map((p, i) => [p.id, i]));
  const laneIndex = new Map(input.lanes.map((l, i) => [l.id, i]));
  const rank = (note: Note) => [
    note.phaseId === null ? Infinity : (phaseIndex.get(note.phaseId) ?? Infinity),
    note.laneId === null ? Infinity : (laneIndex.get(note.laneId) ?? Infinity),
    note.y,
    note.x,
  ];
  return Object.values(input.notes)
    .filter(keep)
    .sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}

/** Groups notes by column, one entry per phase in board order (empty ones included). */
export function groupByPhase(phases: readonly Phase[], notes: readonly Note[]): PhaseGroup[] {
  const byPhase = new Map<Id, Id[]>(phases.map((p) => [p.id, []]));
  for (const note of notes) if (note.phaseId !== null) byPhase.get(note.phaseId)?.push(note.id);
  return phases.map((p) => ({ phaseId: p.id, title: p.title, noteIds: byPhase.get(p.id)! }));
}
