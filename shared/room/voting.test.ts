import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../model/journey';
import { fromDoc } from '../model/document';
import { roomTestDoc } from './testJourney';
import {
  budgetStatus,
  castVote,
  clearVotes,
  DEFAULT_VOTING_RULES,
  normaliseRules,
  removeVote,
  setVoteCount,
  startTurn,
  notesInReadingOrder,
  tally,
  votesCast,
  votingBudget,
  type VotingRules,
} from './voting';

const rules: VotingRules = { dotsPerParticipant: 2, participants: 2, unit: 'participants', maxDotsPerNote: null };

function castAll(doc: ReturnType<typeof roomTestDoc>['doc'], ids: string[], context: Parameters<typeof castVote>[2]) {
  const outcomes: string[] = [];
  for (const id of ids) {
    const r = castVote(doc, id, context);
    doc = r.doc;
    outcomes.push(r.outcome);
  }
  return { doc, outcomes };
}

describe('voting rules', () => {
  it('the budget is dots per participant times participants or teams', () => {
    expect(votingBudget(rules)).toBe(4);
    expect(votingBudget({ ...rules, unit: 'teams', participants: 5, dotsPerParticipant: 3 })).toBe(15);
    expect(votingBudget(DEFAULT_VOTING_RULES)).toBe(24);
  });

  it('normalises typed-in rules into range', () => {
    expect(normaliseRules({ dotsPerParticipant: 0, participants: 9999, unit: 'teams', maxDotsPerNote: 50 })).toEqual({
      dotsPerParticipant: 1,
      participants: 200,
      unit: 'teams',
      maxDotsPerNote: 1,
    });
    expect(normaliseRules({ ...rules, dotsPerParticipant: Number.NaN, participants: 2.6 })).toMatchObject({
      dotsPerParticipant: 1,
      participants: 3,
    });
  });
});

describe('casting votes', () => {
  it('adds votes to notes until the room budget is spent', () => {
    const { doc } = roomTestDoc();
    const r = castAll(doc, ['a', 'a', 'b', 'c', 'd'], { rules, turn: null });
    expect(r.outcomes).toEqual(['cast', 'cast', 'cast', 'cast', 'budgetSpent']);
    expect(r.doc.notes.a!.votes).toBe(2);
    expect(r.doc.notes.d!.votes).toBeUndefined();
    expect(budgetStatus(r.doc, rules, null)).toEqual({ budget: 4, cast: 4, remaining: 0, overspent: 0, turnRemaining: null });
  });

  it('a turn gives one voter their dots, then the next voter starts a turn', () => {
    let { doc } = roomTestDoc();
    let turn = startTurn(doc, 1);
    let r = castAll(doc, ['a', 'b', 'c'], { rules, turn });
    expect(r.outcomes).toEqual(['cast', 'cast', 'turnSpent']);
    doc = r.doc;
    turn = startTurn(doc, 2);
    expect(budgetStatus(doc, rules, turn).turnRemaining).toBe(2);
    r = castAll(doc, ['a', 'd'], { rules, turn });
    expect(r.outcomes).toEqual(['cast', 'cast']);
    expect(votesCast(r.doc)).toBe(4);
  });

  it('limits one voter\'s dots on the same note when the rule asks for it', () => {
    const { doc } = roomTestDoc();
    const limited = { ...rules, dotsPerParticipant: 3, maxDotsPerNote: 1 };
    const turn = startTurn(doc, 1);
    const r = castAll(doc, ['a', 'a', 'b'], { rules: limited, turn });
    expect(r.outcomes).toEqual(['cast', 'noteLimit', 'cast']);
  });

  it('refuses a missing note and leaves the document untouched', () => {
    const { doc } = roomTestDoc();
    const r = castVote(doc, 'nope', { rules, turn: null });
    expect(r).toEqual({ doc, outcome: 'missingNote' });
  });

  it('a voter can take back only the dots of their own turn', () => {
    let { doc } = roomTestDoc();
    doc = castVote(doc, 'a', { rules, turn: null }).doc;
    const turn = startTurn(doc, 2);
    expect(removeVote(doc, 'a', turn).outcome).toBe('notThisTurn');
    doc = castVote(doc, 'a', { rules, turn }).doc;
    const r = removeVote(doc, 'a', turn);
    expect(r.outcome).toBe('removed');
    expect(r.doc.notes.a!.votes).toBe(1);
    expect(removeVote(doc, 'b', null).outcome).toBe('noVotes');
  });

  it('removing the last vote leaves no votes field, so the export is as before voting', () => {
    let { doc } = roomTestDoc();
    doc = castVote(doc, 'a', { rules, turn: null }).doc;
    doc = removeVote(doc, 'a', null).doc;
    expect(JSON.parse(JSON.stringify(fromDoc(doc))).notes[0]).not.toHaveProperty('votes');
  });
});

describe('tally mode and the tally', () => {
  it('takes typed-in counts from a paper wall without a budget and shows the overspend', () => {
    let { doc } = roomTestDoc();
    doc = setVoteCount(doc, 'c', 7);
    doc = setVoteCount(doc, 'b', 2.4);
    doc = setVoteCount(doc, 'd', -3);
    expect(doc.notes.c!.votes).toBe(7);
    expect(doc.notes.b!.votes).toBe(2);
    expect(doc.notes.d!.votes).toBeUndefined();
    expect(budgetStatus(doc, rules, null)).toMatchObject({ cast: 9, remaining: 0, overspent: 5 });
    expect(setVoteCount(doc, 'c', 7)).toBe(doc);
    expect(setVoteCount(doc, 'zz', 7)).toBe(doc);
    expect(setVoteCount(doc, 'a', 1e9).notes.a!.votes).toBe(10_000);
    expect(JourneySchema.safeParse(fromDoc(setVoteCount(doc, 'a', 1e9))).success).toBe(true);
  });

  it('sorts by votes with shared ranks, ties in reading order', () => {
    let { doc } = roomTestDoc();
    doc = setVoteCount(doc, 'd', 3);
    doc = setVoteCount(doc, 'c', 5);
    doc = setVoteCount(doc, 'b', 3);
    expect(tally(doc)).toEqual([
      { noteId: 'c', votes: 5, rank: 1 },
      { noteId: 'b', votes: 3, rank: 2 },
      { noteId: 'd', votes: 3, rank: 2 },
    ]);
    doc = setVoteCount(doc, 'a', 5);
    expect(tally(doc).map((e) => [e.noteId, e.rank])).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 3],
      ['d', 3],
    ]);
  });

  it('lists notes in reading order for typing in counts', () => {
    const { doc } = roomTestDoc();
    // a: phase 1 lane 1, c: phase 1 lane 2, b: phase 2, d: phase 3
    expect(notesInReadingOrder(doc)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('clears all votes in one change', () => {
    let { doc } = roomTestDoc();
    expect(clearVotes(doc)).toBe(doc);
    doc = setVoteCount(doc, 'a', 2);
    doc = setVoteCount(doc, 'b', 1);
    const cleared = clearVotes(doc);
    expect(votesCast(cleared)).toBe(0);
    expect(tally(cleared)).toEqual([]);
  });
});
