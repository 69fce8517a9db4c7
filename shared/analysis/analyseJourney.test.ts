import { describe, expect, it } from 'vitest';
import { createNote } from '../model/notes';
import { analyseJourney } from './analyseJourney';
import { attributeValues, groupByAttribute } from './attributeGroups';
import { experienceShares } from './experienceShare';
import { kpiReport } from './kpiReport';
import { painPointHotspots } from './painPoints';
import { ratingGaps } from './ratingGap';
import { boardWith, noteIn, withNotes } from './testJourney';
import { countTouchpoints } from './touchpointCounts';

describe('countTouchpoints', () => {
  it('counts per phase, in total and before purchase (rule of seven)', () => {
    const board = boardWith('funnel');
    const notes = [
      noteIn(board, 0, 'touchpoint', { id: 'a1' }),
      noteIn(board, 0, 'touchpoint', { id: 'a2', x: 200 }),
      noteIn(board, 1, 'touchpoint', { id: 'c1' }),
      noteIn(board, 2, 'touchpoint', { id: 'p1' }),
      noteIn(board, 4, 'touchpoint', { id: 'v1' }),
      noteIn(board, 0, 'painPoint', { id: 'pain' }),
      createNote({ id: 'free', kind: 'touchpoint', x: 5000, y: 5000 }),
    ];
    const counts = countTouchpoints(withNotes(board, notes));
    expect(counts.perPhase.map((g) => g.noteIds)).toEqual([['a1', 'a2'], ['c1'], ['p1'], [], ['v1']]);
    expect(counts.total.noteIds).toEqual(['a1', 'a2', 'c1', 'p1', 'v1', 'free']);
    expect(counts.unplaced.noteIds).toEqual(['free']);
    expect(counts.beforePurchase.noteIds).toEqual(['a1', 'a2', 'c1']);
    expect(counts.beforePurchase.phaseIds).toEqual([board.phases[0]!.id, board.phases[1]!.id]);
    expect(counts.beforePurchase.missing).toBe(4);
  });

  it('reports the rule of seven as reached at seven', () => {
    const board = boardWith('threePhases', 'de');
    const notes = Array.from({ length: 8 }, (_, i) => noteIn(board, 0, 'touchpoint', { x: i * 10 }));
    expect(countTouchpoints(withNotes(board, notes)).beforePurchase.missing).toBe(0);
    expect(countTouchpoints(withNotes(board, notes.slice(0, 6))).beforePurchase.missing).toBe(1);
  });

  it('handles an empty board', () => {
    const counts = countTouchpoints(boardWith('blank'));
    expect(counts.total.noteIds).toEqual([]);
    expect(counts.beforePurchase.missing).toBe(7);
  });
});

describe('experienceShares', () => {
  it('gives the positive / neutral / negative share of rated touchpoints per phase', () => {
    const board = boardWith('threePhases');
    const notes = [
      noteIn(board, 0, 'touchpoint', { id: 'p', touchpoint: { experience: 'positive' } }),
      noteIn(board, 0, 'touchpoint', { id: 'n1', touchpoint: { experience: 'negative' } }),
      noteIn(board, 0, 'touchpoint', { id: 'n2', x: 300, touchpoint: { experience: 'negative' } }),
      noteIn(board, 0, 'touchpoint', { id: 'u', x: 400 }),
      noteIn(board, 1, 'touchpoint', { id: 'z', touchpoint: { experience: 'neutral' } }),
    ];
    const { perPhase, total } = experienceShares(withNotes(board, notes));
    expect(perPhase[0]).toMatchObject({ positive: ['p'], negative: ['n1', 'n2'], unrated: ['u'] });
    expect(perPhase[0]!.shares!.negative).toBeCloseTo(2 / 3);
    expect(perPhase[1]!.shares).toEqual({ positive: 0, neutral: 1, negative: 0 });
    expect(perPhase[2]!.shares).toBeNull();
    expect(total.shares!.positive).toBeCloseTo(1 / 4);
  });
});

describe('painPointHotspots', () => {
  it('ranks phases and cells by their pain points', () => {
    const board = boardWith('funnel', 'de');
    const notes = [
      noteIn(board, 1, 'painPoint', { id: 'a' }),
      noteIn(board, 3, 'painPoint', { id: 'b' }),
      noteIn(board, 3, 'painPoint', { id: 'c', x: 200 }),
      noteIn(board, 3, 'thought', { id: 'other', kind: 'painPoint' }),
      noteIn(board, 3, 'touchpoint', { id: 't' }),
    ];
    const hot = painPointHotspots(withNotes(board, notes));
    expect(hot.total).toHaveLength(4);
    expect(hot.phases.map((g) => [g.title, g.noteIds.length])).toEqual([
      ['Kundenbindung', 3],
      ['Erwägung', 1],
    ]);
    expect(hot.cells.map((c) => [c.title, c.laneTitle, c.noteIds])).toEqual([
      ['Kundenbindung', 'Schmerzpunkte', ['b', 'c']],
      ['Erwägung', 'Schmerzpunkte', ['a']],
      ['Kundenbindung', 'Gedanken', ['other']],
    ]);
  });
});

describe('ratingGaps', () => {
  it('lists touchpoints rated differently by company and customers, biggest gap first', () => {
    const board = boardWith('threePhases');
    const notes = [
      noteIn(board, 0, 'touchpoint', { id: 'same', touchpoint: { companyRating: 1, customerRating: 1 } }),
      noteIn(board, 0, 'touchpoint', { id: 'small', x: 200, touchpoint: { companyRating: 1, customerRating: 0 } }),
      noteIn(board, 1, 'touchpoint', { id: 'big', touchpoint: { companyRating: 2, customerRating: -2 } }),
      noteIn(board, 1, 'touchpoint', { id: 'half', x: 200, touchpoint: { companyRating: 2 } }),
    ];
    const result = ratingGaps(withNotes(board, notes));
    expect(result.rated).toEqual(['same', 'small', 'big']);
    expect(result.agreeing).toEqual(['same']);
    expect(result.gaps.map((g) => [g.noteId, g.difference])).toEqual([
      ['big', 4],
      ['small', 1],
    ]);
  });
});

describe('groupByAttribute', () => {
  it('groups touchpoints by ownership and directness, keeping unclassified apart', () => {
    const board = boardWith('threePhases');
    const notes = [
      noteIn(board, 0, 'touchpoint', { id: 'o', touchpoint: { ownership: 'owned', directness: 'direct' } }),
      noteIn(board, 0, 'touchpoint', { id: 'e', x: 200, touchpoint: { ownership: 'earned', directness: 'indirect' } }),
      noteIn(board, 1, 'touchpoint', { id: 'x' }),
    ];
    const doc = withNotes(board, notes);
    expect(groupByAttribute(doc, 'ownership')).toEqual({
      groups: [
        { value: 'owned', noteIds: ['o'] },
        { value: 'paid', noteIds: [] },
        { value: 'earned', noteIds: ['e'] },
      ],
      unset: ['x'],
    });
    expect(groupByAttribute(doc, 'directness').groups.map((g) => g.noteIds)).toEqual([['o'], ['e']]);
  });

  it('reads attribute values from the model schema', () => {
    expect(attributeValues('interaction')).toEqual(['marketingReach', 'salesInteraction', 'customerConversation', 'serviceFeedback']);
  });
});

describe('kpiReport and analyseJourney', () => {
  it('sorts KPI notes into missed, met and unknown', () => {
    const board = boardWith('funnel');
    const notes = [
      noteIn(board, 0, 'kpi', { id: 'bounce', text: 'Absprungrate', kpi: { target: '40 %', actual: '52 %' } }),
      noteIn(board, 2, 'kpi', { id: 'conv', text: 'Conversion rate', kpi: { target: '3 %', actual: '3,4 %' } }),
      noteIn(board, 3, 'kpi', { id: 'nps', text: 'NPS' }),
    ];
    const report = kpiReport(withNotes(board, notes));
    expect(report.missed.map((r) => r.noteId)).toEqual(['bounce']);
    expect(report.met.map((r) => r.noteId)).toEqual(['conv']);
    expect(report.unknown.map((r) => r.noteId)).toEqual(['nps']);
  });

  it('puts every part together', () => {
    const board = boardWith('threePhases');
    const analysis = analyseJourney(withNotes(board, [noteIn(board, 0, 'touchpoint', { id: 't', touchpoint: { ownership: 'paid' } })]));
    expect(analysis.touchpoints.total.noteIds).toEqual(['t']);
    expect(analysis.ownership.groups[1]).toEqual({ value: 'paid', noteIds: ['t'] });
    expect(analysis.directness.unset).toEqual(['t']);
    expect(analysis.kpis.missed).toEqual([]);
  });
});
