import { describe, expect, it } from 'vitest';
import { addNotes, createJourney, createNote, PALETTES, toDoc } from '../../shared/model';
import { THUMBNAIL_SIZE, thumbnailScene } from './thumbnail';

describe('library thumbnail', () => {
  it('draws the grid and one block per visible note in its colour, inside the picture', () => {
    const doc0 = toDoc(createJourney({ template: 'funnel', language: 'en' }));
    const inCell = createNote({ kind: 'painPoint', phaseId: doc0.phases[4]!.id, laneId: doc0.lanes[4]!.id, x: 16, y: 16 });
    const free = createNote({ kind: 'free', x: 4_000, y: 2_500 });
    const hiddenLane = { ...doc0.lanes[6]!, hidden: true };
    const hidden = createNote({ kind: 'kpi', phaseId: doc0.phases[0]!.id, laneId: hiddenLane.id });
    const doc = addNotes({ ...doc0, lanes: [...doc0.lanes.slice(0, 6), hiddenLane] }, [inCell, free, hidden]);
    const shapes = thumbnailScene(doc);
    const noteShapes = shapes.filter((s) => s.stroke && s.stroke !== '#d9d6cc');
    expect(noteShapes.map((s) => s.fill).sort()).toEqual([PALETTES.standard.red.fill, PALETTES.standard.grey.fill].sort());
    for (const s of shapes) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(THUMBNAIL_SIZE.width + 0.001);
      expect(s.y + s.height).toBeLessThanOrEqual(THUMBNAIL_SIZE.height + 0.001);
    }
    // The free note far right and below stretches the picture: it is the right-most block.
    const free_ = noteShapes.find((s) => s.fill === PALETTES.standard.grey.fill)!;
    expect(Math.max(...shapes.slice(1).map((s) => s.x + s.width))).toBeCloseTo(free_.x + free_.width, 3);
  });

  it('copes with an empty board', () => {
    const doc = toDoc(createJourney({ template: 'blank', language: 'de' }));
    expect(thumbnailScene({ ...doc, phases: [], lanes: [] }).length).toBeGreaterThan(0);
  });
});
