// The benchmark's generated journeys (bench/page/generate.ts): the shape issue 8 asks for, valid
// for the app's own import, and the same board for the same seed.
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../../bench/page/generate';
import { importJourneyText, serialiseJourney } from '../../../shared/format';
import { emotionCurves, emotionNoteY } from '../../../shared/analysis/emotionCurve';
import { computeGridLayout, noteRect, rectsIntersect, toDoc } from '../../../shared/model';

describe('generateJourney', () => {
  it('lays out N notes in 5 phases x 7 lanes with lines for 10% of them', () => {
    const journey = generateJourney({ notes: 1000 });
    expect(journey.notes).toHaveLength(1000);
    expect(journey.phases).toHaveLength(5);
    expect(journey.lanes).toHaveLength(7);
    expect(journey.connectors).toHaveLength(100);
    const ids = new Set(journey.notes.map((n) => n.id));
    for (const c of journey.connectors) {
      expect(ids.has(c.from) && ids.has(c.to) && c.from !== c.to).toBe(true);
    }
  });

  it('keeps every note inside its cell and clear of the others', () => {
    const journey = generateJourney({ notes: 600, seed: 3 });
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const rects = journey.notes.map((n) => noteRect(n, layout)!);
    for (const [i, note] of journey.notes.entries()) {
      const column = layout.columnById.get(note.phaseId!)!;
      const row = layout.rowById.get(note.laneId!)!;
      const r = rects[i]!;
      expect(r.x >= column.x && r.x + r.width <= column.x + column.width).toBe(true);
      expect(r.y >= row.y && r.y + r.height <= row.y + row.height).toBe(true);
    }
    const sorted = rects.map((r, i) => ({ r, i })).sort((a, b) => a.r.x - b.r.x);
    for (let a = 0; a < sorted.length; a++) {
      for (let b = a + 1; b < sorted.length && sorted[b]!.r.x < sorted[a]!.r.x + sorted[a]!.r.width; b++) {
        expect(rectsIntersect(sorted[a]!.r, sorted[b]!.r)).toBe(false);
      }
    }
  });

  it('puts a few emotion notes per phase at the height of their score, for one curve through them', () => {
    const journey = generateJourney({ notes: 3000 });
    const curves = emotionCurves(toDoc(journey));
    expect(curves).toHaveLength(1);
    expect(curves[0]!.points).toHaveLength(journey.notes.filter((n) => n.kind === 'emotion').length);
    expect(curves[0]!.points.length).toBeGreaterThanOrEqual(10);
    expect(curves[0]!.points.length).toBeLessThanOrEqual(40);
    const lane = journey.lanes.find((l) => l.kind === 'emotion')!;
    for (const note of journey.notes.filter((n) => n.kind === 'emotion')) {
      expect(note.y).toBeCloseTo(emotionNoteY(note.emotion!, lane.height, note.height));
    }
  });

  it('mixes short example texts with longer ones', () => {
    const lengths = generateJourney({ notes: 500 }).notes.map((n) => n.text.length);
    expect(Math.min(...lengths)).toBeLessThan(20);
    expect(Math.max(...lengths)).toBeGreaterThan(120);
  });

  it('imports through the app pipeline unchanged, without repairs', () => {
    const journey = generateJourney({ notes: 200 });
    const result = importJourneyText(serialiseJourney(journey));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.repairs).toEqual([]);
    expect(result.journey).toEqual(journey);
  });

  it('is the same board for the same seed', () => {
    expect(generateJourney({ notes: 300, seed: 5 })).toEqual(generateJourney({ notes: 300, seed: 5 }));
    expect(generateJourney({ notes: 300, seed: 5 }).notes[0]!.id).not.toBe(generateJourney({ notes: 300, seed: 6 }).notes[0]!.id);
  });
});
