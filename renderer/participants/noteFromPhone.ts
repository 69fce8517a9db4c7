/**
 * Turning what phones sent into journey edits. Pure functions over the journey: a phone's
 * note becomes a new note with an id chosen here (never the phone's), in a cell that exists
 * now; votes land only on notes that still exist; the room's median becomes the phase's
 * emotion note. Each result is committed by the caller as one undoable step.
 */
import { setEmotionScores, type EmotionScore } from '../../shared/analysis/emotionCurve';
import { addNotes, createNote, kindForLane, type Cell, type Id, type JourneyDoc, type Note } from '../../shared/model';
import { updateNotes, type NotePatch } from '../../shared/model/notes';
import { cleanText } from '../../shared/participants/phoneMessages';
import { PARTICIPANT_LIMITS } from '../../shared/participants/limits';
import { freeSpotInCell } from '../../shared/board/placement';

/** The cell a phone note goes to: its own if that phase and lane still exist, else none. */
export function cellForPhoneNote(doc: JourneyDoc, phaseId: Id, laneId: Id | null): Cell | null {
  if (!doc.phases.some((p) => p.id === phaseId)) return null;
  const lane = laneId ? doc.lanes.find((l) => l.id === laneId) : (doc.lanes.find((l) => l.kind !== 'emotion') ?? doc.lanes[0]);
  return lane ? { phaseId, laneId: lane.id } : null;
}

export function phoneNote(doc: JourneyDoc, text: string, place: Pick<Note, 'phaseId' | 'laneId'> & Partial<Pick<Note, 'x' | 'y'>>, covered: boolean): Note | null {
  const clean = cleanText(text).slice(0, PARTICIPANT_LIMITS.noteLength);
  if (!clean || place.phaseId === null || place.laneId === null) return null;
  const cell = { phaseId: place.phaseId, laneId: place.laneId };
  const spot = place.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : freeSpotInCell(doc, cell);
  if (!spot) return null;
  return createNote({ ...spot, ...cell, text: clean, kind: kindForLane(doc, cell.laneId), ...(covered ? { covered: true } : {}) });
}

export function addPhoneNote(doc: JourneyDoc, note: Note): JourneyDoc {
  return addNotes(doc, [note]);
}

/** Adds each note's dots from the closed round; notes deleted meanwhile are skipped. */
export function applyTally(doc: JourneyDoc, tally: Readonly<Record<string, number>>): JourneyDoc {
  const patches = new Map<Id, NotePatch>();
  for (const [id, n] of Object.entries(tally)) {
    const note = Object.prototype.hasOwnProperty.call(doc.notes, id) ? doc.notes[id] : undefined;
    if (!note || !Number.isInteger(n) || n <= 0) continue;
    patches.set(id, { votes: Math.min(10_000, (note.votes ?? 0) + n) });
  }
  return patches.size ? updateNotes(doc, patches) : doc;
}

/**
 * Sets the phase's emotion (the as-is curve) to `score`: the phase's emotion note in the
 * emotion lane takes it, or a new one is made there. Null when the journey has no emotion lane.
 */
export function setPhaseEmotion(doc: JourneyDoc, phaseId: Id, score: EmotionScore, label: string): JourneyDoc | null {
  const lane = doc.lanes.find((l) => l.kind === 'emotion');
  if (!lane || !doc.phases.some((p) => p.id === phaseId)) return null;
  const existing = Object.values(doc.notes).find(
    (n) => n.kind === 'emotion' && n.phaseId === phaseId && n.laneId === lane.id && (n.curve ?? 'current') === 'current',
  );
  if (existing) return setEmotionScores(doc, [existing.id], score);
  const spot = freeSpotInCell(doc, { phaseId, laneId: lane.id });
  const note = createNote({ ...(spot ?? { x: 16, y: 16 }), phaseId, laneId: lane.id, kind: 'emotion', text: label });
  return setEmotionScores(addNotes(doc, [note]), [note.id], score);
}
