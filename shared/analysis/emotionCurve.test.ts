import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_PADDING, computeGridLayout } from '../model/grid';
import { emotionCurves, emotionNoteY, emotionScoreAt, samplePath, alignEmotionNotes, setEmotionScores, smoothPath } from './emotionCurve';
import { boardWith, noteIn, withNotes } from './testJourney';

describe('emotion note height', () => {
  it('puts +2 at the top and -2 at the bottom of the lane', () => {
    expect(emotionNoteY(2, 240, 120)).toBe(CELL_PADDING);
    expect(emotionNoteY(-2, 240, 120)).toBe(240 - 120 - CELL_PADDING);
    expect(emotionNoteY(0, 240, 120)).toBe((CELL_PADDING + 240 - 120 - CELL_PADDING) / 2);
  });

  it('turns a dragged height back into the nearest score', () => {
    for (const score of [-2, -1, 0, 1, 2]) {
      expect(emotionScoreAt(emotionNoteY(score, 300, 100), 300, 100)).toBe(score);
      expect(emotionScoreAt(emotionNoteY(score, 300, 100) + 10, 300, 100)).toBe(score);
    }
    expect(emotionScoreAt(-500, 300, 100)).toBe(2);
    expect(emotionScoreAt(5000, 300, 100)).toBe(-2);
  });

  it('copes with a lane too short for levels', () => {
    expect(emotionScoreAt(10, 100, 120)).toBe(0);
    expect(emotionNoteY(2, 100, 120)).toBe(CELL_PADDING);
  });
});

describe('emotionCurves', () => {
  it('runs through emotion notes in phase order, one curve per curve name', () => {
    const board = boardWith('threePhases');
    const notes = [
      noteIn(board, 2, 'emotion', { id: 'late', emotion: 2 }),
      noteIn(board, 0, 'emotion', { id: 'early', emotion: -2 }),
      noteIn(board, 1, 'emotion', { id: 'mid', emotion: 0, x: 100 }),
      noteIn(board, 1, 'emotion', { id: 'goal', emotion: 2, curve: 'target' }),
      noteIn(board, 1, 'thought', { id: 'not-an-emotion' }),
    ];
    const doc = withNotes(board, notes);
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const curves = emotionCurves(doc, layout);
    expect(curves.map((c) => [c.curve, c.points.map((p) => p.noteId)])).toEqual([
      ['current', ['early', 'mid', 'late']],
      ['target', ['goal']],
    ]);
    const row = layout.rowById.get(board.lanes.find((l) => l.kind === 'emotion')!.id)!;
    const [early, mid] = curves[0]!.points;
    expect(early!.x).toBe(layout.columns[0]!.x + 16 + 80);
    expect(mid!.x).toBe(layout.columns[1]!.x + 100 + 80);
    expect(early!.y).toBe(row.y + emotionNoteY(-2, row.height, 120) + 60);
    expect(early!.y).toBeGreaterThan(mid!.y);
    expect(curves[0]!.path!.segments).toHaveLength(2);
  });

  it('draws nothing for a hidden emotion lane or no emotion notes', () => {
    const board = boardWith('threePhases');
    expect(emotionCurves(board)).toEqual([]);
    const lanes = board.lanes.map((l) => (l.kind === 'emotion' ? { ...l, hidden: true } : l));
    expect(emotionCurves({ ...withNotes(board, [noteIn(board, 0, 'emotion', { emotion: 1 })]), lanes })).toEqual([]);
  });
});

describe('smoothPath', () => {
  it('passes through every point', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 200, y: -20 },
    ];
    const path = smoothPath(points)!;
    expect(path.start).toEqual(points[0]);
    expect(path.segments.map((s) => s.to)).toEqual(points.slice(1));
  });

  it('handles zero, one and coincident points', () => {
    expect(smoothPath([])).toBeNull();
    expect(smoothPath([{ x: 1, y: 2 }])).toEqual({ start: { x: 1, y: 2 }, segments: [] });
    const same = smoothPath([
      { x: 5, y: 0 },
      { x: 5, y: 10 },
    ])!;
    expect(samplePath(same).every((p) => p.x === 5 && Number.isFinite(p.y))).toBe(true);
  });

  it('never overshoots the y range of the points it joins (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: -2, max: 2 })), { minLength: 2, maxLength: 12 }),
        (steps) => {
          let x = 0;
          const points = steps.map(([dx, score]) => ({ x: (x += dx), y: -score * 40 }));
          const path = smoothPath(points)!;
          let from = path.start;
          for (const seg of path.segments) {
            const lo = Math.min(from.y, seg.to.y) - 1e-9;
            const hi = Math.max(from.y, seg.to.y) + 1e-9;
            for (const p of samplePath({ start: from, segments: [seg] }, 20)) {
              expect(p.y).toBeGreaterThanOrEqual(lo);
              expect(p.y).toBeLessThanOrEqual(hi);
            }
            from = seg.to;
          }
        },
      ),
    );
  });

  it('is smooth: neighbouring segments share the tangent at a point', () => {
    const path = smoothPath([
      { x: 0, y: 0 },
      { x: 100, y: 40 },
      { x: 200, y: 120 },
    ])!;
    const [a, b] = path.segments;
    const inSlope = (a!.to.y - a!.c2.y) / (a!.to.x - a!.c2.x);
    const outSlope = (b!.c1.y - a!.to.y) / (b!.c1.x - a!.to.x);
    expect(inSlope).toBeCloseTo(outSlope, 9);
  });
});

describe('alignEmotionNotes and setEmotionScores', () => {
  const setup = () => {
    const board = boardWith('threePhases');
    const lane = board.lanes.find((l) => l.kind === 'emotion')!;
    const level = (score: number, height = 120) => emotionNoteY(score, lane.height, height);
    return { board, lane, level };
  };

  it('gives a note dropped in the emotion lane the score of its height, on its level', () => {
    const { board, level } = setup();
    const before = withNotes(board, [noteIn(board, 0, 'emotion', { id: 'e', y: level(0), emotion: 0 })]);
    const dropped = { ...before, notes: { ...before.notes, e: { ...before.notes.e!, y: 5 } } };
    expect(alignEmotionNotes(before, dropped).notes.e).toMatchObject({ emotion: 2, y: level(2) });
    const low = { ...before, notes: { ...before.notes, e: { ...before.notes.e!, y: level(-2) + 20 } } };
    expect(alignEmotionNotes(before, low).notes.e).toMatchObject({ emotion: -2, y: level(-2) });
  });

  it('scores a new emotion note by where it was put', () => {
    const { board, level } = setup();
    const created = withNotes(board, [noteIn(board, 1, 'emotion', { id: 'new', y: level(1) + 3 })]);
    expect(alignEmotionNotes(board, created).notes.new).toMatchObject({ emotion: 1, y: level(1) });
  });

  it('keeps the score when a note changes otherwise, and re-levels it', () => {
    const { board, level } = setup();
    const before = withNotes(board, [noteIn(board, 0, 'emotion', { id: 'e', y: level(-1), emotion: -1 })]);
    const taller = { ...before, notes: { ...before.notes, e: { ...before.notes.e!, height: 160, text: 'much longer text' } } };
    expect(alignEmotionNotes(before, taller).notes.e).toMatchObject({ emotion: -1, y: level(-1, 160) });
    const scored = { ...before, notes: { ...before.notes, e: { ...before.notes.e!, emotion: 2 } } };
    expect(alignEmotionNotes(before, scored).notes.e).toMatchObject({ emotion: 2, y: level(2) });
  });

  it('re-levels every note of an emotion lane whose height changed, and leaves other notes alone', () => {
    const { board, lane } = setup();
    const before = withNotes(board, [
      noteIn(board, 0, 'emotion', { id: 'e', y: emotionNoteY(2, lane.height, 120), emotion: 2 }),
      noteIn(board, 0, 'thought', { id: 't', y: 3 }),
    ]);
    const lanes = before.lanes.map((l) => (l.id === lane.id ? { ...l, height: 400 } : l));
    const next = alignEmotionNotes(before, { ...before, lanes });
    expect(next.notes.e).toMatchObject({ emotion: 2, y: emotionNoteY(2, 400, 120) });
    expect(next.notes.t).toBe(before.notes.t);
    // Nothing to do: the same document comes back (no empty undo step).
    expect(alignEmotionNotes(next, next)).toBe(next);
  });

  it('ignores emotion notes outside an emotion lane', () => {
    const { board } = setup();
    const stray = withNotes(board, [noteIn(board, 0, 'thought', { id: 'stray', kind: 'emotion', emotion: 1, y: 200 })]);
    expect(alignEmotionNotes(board, stray)).toBe(stray);
  });

  it('moves a note to the level of the score it is given', () => {
    const board = boardWith('funnel');
    const lane = board.lanes.find((l) => l.kind === 'emotion')!;
    const doc = withNotes(board, [noteIn(board, 2, 'emotion', { id: 'e', y: 60, emotion: 0 })]);
    const next = setEmotionScores(doc, ['e'], -1);
    expect(next.notes.e).toMatchObject({ emotion: -1, y: emotionNoteY(-1, lane.height, 120) });
    expect(emotionScoreAt(next.notes.e!.y, lane.height, 120)).toBe(-1);
  });
});
