/**
 * Dot voting. The votes themselves live on the notes (`Note.votes`), so they are part of the
 * journey, its undo history and its exports; everything else here (the budget, whose turn it
 * is) is derived from the notes plus a small amount of session state, so undo can never leave
 * the accounting out of step with the board.
 */
import type { JourneyDoc } from '../model/document';
import type { Id, Note } from '../model/journey';
import { updateNote, updateNotes, type NotePatch } from '../model/notes';

export const VOTING_LIMITS = {
  dotsPerParticipant: { min: 1, max: 20 },
  participants: { min: 1, max: 200 },
  /** Note.votes is capped by the schema. */
  votesPerNote: 10_000,
} as const;

export interface VotingRules {
  dotsPerParticipant: number;
  /** How many voters: people, or teams voting together. */
  participants: number;
  unit: 'participants' | 'teams';
  /** At most this many of one voter's dots on the same note; null = no limit. */
  maxDotsPerNote: number | null;
}

export const DEFAULT_VOTING_RULES: VotingRules = {
  dotsPerParticipant: 3,
  participants: 8,
  unit: 'participants',
  maxDotsPerNote: null,
};

const clampInt = (v: number, min: number, max: number) =>
  Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : min;

/** Brings rules typed into the panel (or read from storage) back into range. */
export function normaliseRules(rules: VotingRules): VotingRules {
  const dots = clampInt(rules.dotsPerParticipant, VOTING_LIMITS.dotsPerParticipant.min, VOTING_LIMITS.dotsPerParticipant.max);
  return {
    dotsPerParticipant: dots,
    participants: clampInt(rules.participants, VOTING_LIMITS.participants.min, VOTING_LIMITS.participants.max),
    unit: rules.unit === 'teams' ? 'teams' : 'participants',
    maxDotsPerNote: rules.maxDotsPerNote === null ? null : clampInt(rules.maxDotsPerNote, 1, dots),
  };
}

/** All dots the room has to give. */
export function votingBudget(rules: VotingRules): number {
  return rules.dotsPerParticipant * rules.participants;
}

export function votesOf(note: Pick<Note, 'votes'> | undefined): number {
  return note?.votes ?? 0;
}

export function votesCast(doc: JourneyDoc): number {
  let sum = 0;
  for (const note of Object.values(doc.notes)) sum += votesOf(note);
  return sum;
}

/**
 * One voter's turn while the laptop goes round the room. It remembers each note's votes when
 * the turn began; what the voter spent is the growth since then. Undoing a vote shrinks the
 * growth, so the turn's count follows undo without bookkeeping of its own.
 */
export interface VotingTurn {
  /** 1-based number of the participant or team whose turn it is. */
  voter: number;
  votesAtStart: Record<Id, number>;
}

export function startTurn(doc: JourneyDoc, voter: number): VotingTurn {
  const votesAtStart: Record<Id, number> = {};
  for (const note of Object.values(doc.notes)) {
    if (note.votes) votesAtStart[note.id] = note.votes;
  }
  return { voter, votesAtStart };
}

export function votesThisTurnOn(doc: JourneyDoc, turn: VotingTurn, noteId: Id): number {
  return Math.max(0, votesOf(doc.notes[noteId]) - (turn.votesAtStart[noteId] ?? 0));
}

export function turnSpent(doc: JourneyDoc, turn: VotingTurn): number {
  let sum = 0;
  for (const id of Object.keys(doc.notes)) sum += votesThisTurnOn(doc, turn, id);
  return sum;
}

export interface BudgetStatus {
  budget: number;
  cast: number;
  /** Never negative; a room that typed in more dots than planned is shown as overspent. */
  remaining: number;
  overspent: number;
  /** The current voter's dots left, when voting goes by turns. */
  turnRemaining: number | null;
}

export function budgetStatus(doc: JourneyDoc, rules: VotingRules, turn: VotingTurn | null): BudgetStatus {
  const budget = votingBudget(rules);
  const cast = votesCast(doc);
  const remaining = Math.max(0, budget - cast);
  const turnRemaining = turn ? Math.min(remaining, Math.max(0, rules.dotsPerParticipant - turnSpent(doc, turn))) : null;
  return { budget, cast, remaining, overspent: Math.max(0, cast - budget), turnRemaining };
}

export type CastOutcome = 'cast' | 'budgetSpent' | 'turnSpent' | 'noteLimit' | 'noteCap' | 'missingNote';

/** Adds one dot to a note if the rules allow it; the document is unchanged otherwise. */
export function castVote(
  doc: JourneyDoc,
  noteId: Id,
  context: { rules: VotingRules; turn: VotingTurn | null },
): { doc: JourneyDoc; outcome: CastOutcome } {
  const note = doc.notes[noteId];
  if (!note) return { doc, outcome: 'missingNote' };
  const { rules, turn } = context;
  const status = budgetStatus(doc, rules, turn);
  if (status.remaining <= 0) return { doc, outcome: 'budgetSpent' };
  if (turn) {
    if (status.turnRemaining !== null && status.turnRemaining <= 0) return { doc, outcome: 'turnSpent' };
    if (rules.maxDotsPerNote !== null && votesThisTurnOn(doc, turn, noteId) >= rules.maxDotsPerNote) {
      return { doc, outcome: 'noteLimit' };
    }
  }
  if (votesOf(note) >= VOTING_LIMITS.votesPerNote) return { doc, outcome: 'noteCap' };
  return { doc: updateNote(doc, noteId, { votes: votesOf(note) + 1 }), outcome: 'cast' };
}

export type RemoveOutcome = 'removed' | 'noVotes' | 'notThisTurn' | 'missingNote';

/**
 * Takes one dot off a note. During a turn a voter can only take back their own dots, not
 * those an earlier voter placed.
 */
export function removeVote(
  doc: JourneyDoc,
  noteId: Id,
  turn: VotingTurn | null,
): { doc: JourneyDoc; outcome: RemoveOutcome } {
  const note = doc.notes[noteId];
  if (!note) return { doc, outcome: 'missingNote' };
  if (votesOf(note) === 0) return { doc, outcome: 'noVotes' };
  if (turn && votesThisTurnOn(doc, turn, noteId) === 0) return { doc, outcome: 'notThisTurn' };
  return { doc: updateNote(doc, noteId, { votes: withVotes(votesOf(note) - 1) }), outcome: 'removed' };
}

/** Zero is stored as "no votes" so an unvoted journey exports exactly as before voting. */
function withVotes(count: number): number | undefined {
  return count > 0 ? count : undefined;
}

/**
 * Tally mode: the room counts physical dots on a paper wall and calls out numbers, which are
 * typed in as they are. No budget applies; the status shows how the count compares to it.
 */
export function setVoteCount(doc: JourneyDoc, noteId: Id, count: number): JourneyDoc {
  const note = doc.notes[noteId];
  if (!note) return doc;
  const next = withVotes(clampInt(count, 0, VOTING_LIMITS.votesPerNote));
  if (next === note.votes) return doc;
  return updateNote(doc, noteId, { votes: next });
}

export function clearVotes(doc: JourneyDoc): JourneyDoc {
  const patches = new Map<Id, NotePatch>();
  for (const note of Object.values(doc.notes)) {
    if (note.votes !== undefined) patches.set(note.id, { votes: undefined });
  }
  return patches.size === 0 ? doc : updateNotes(doc, patches);
}

export interface TallyEntry {
  noteId: Id;
  votes: number;
  /** Competition ranking: two notes with the most votes are both 1st, the next is 3rd. */
  rank: number;
}

/**
 * Compares notes in the board's reading order: phase by phase, lane by lane, top to bottom,
 * left to right; free notes last.
 */
function readingOrderComparator(doc: JourneyDoc): (a: Note, b: Note) => number {
  const phaseOrder = new Map(doc.phases.map((p, i) => [p.id, i]));
  const laneOrder = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const order = (id: Id | null, map: Map<Id, number>) => (id === null ? Number.MAX_SAFE_INTEGER : (map.get(id) ?? Number.MAX_SAFE_INTEGER));
  return (a, b) =>
    order(a.phaseId, phaseOrder) - order(b.phaseId, phaseOrder) ||
    order(a.laneId, laneOrder) - order(b.laneId, laneOrder) ||
    a.y - b.y ||
    a.x - b.x ||
    a.id.localeCompare(b.id);
}

/** Every note in reading order: the order in which counts from a paper wall are typed in. */
export function notesInReadingOrder(doc: JourneyDoc): Id[] {
  return Object.values(doc.notes).sort(readingOrderComparator(doc)).map((n) => n.id);
}

/** Notes with votes, most votes first; ties in reading order, so the list reads like the wall. */
export function tally(doc: JourneyDoc): TallyEntry[] {
  const byReading = readingOrderComparator(doc);
  const voted = Object.values(doc.notes).filter((n) => votesOf(n) > 0);
  voted.sort((a, b) => votesOf(b) - votesOf(a) || byReading(a, b));
  const entries: TallyEntry[] = [];
  voted.forEach((note, i) => {
    const previous = entries[i - 1];
    const rank = previous && previous.votes === votesOf(note) ? previous.rank : i + 1;
    entries.push({ noteId: note.id, votes: votesOf(note), rank });
  });
  return entries;
}
