import { describe, expect, it } from 'vitest';
import {
  LANE_HEADER_WIDTH,
  PHASE_HEADER_HEIGHT,
  addNotes,
  createJourney,
  createNote,
  removeNotes,
  toDoc,
  updateNote,
  updatePhase,
  type JourneyDoc,
} from '../../../shared/model';
import { hitTest } from './hitTest';
import { Scene } from './scene';
import { SpatialIndex } from './spatialIndex';

function board(): JourneyDoc {
  return toDoc(createJourney({ template: 'threePhases', language: 'en' }));
}

describe('SpatialIndex', () => {
  it('finds rects by area, follows moves and forgets deletions', () => {
    const index = new SpatialIndex();
    index.set('a', { x: 0, y: 0, width: 100, height: 100 });
    index.set('b', { x: 5000, y: 5000, width: 100, height: 100 });
    expect([...index.query({ x: 50, y: 50, width: 10, height: 10 })]).toEqual(['a']);
    index.set('a', { x: 4900, y: 4900, width: 150, height: 150 });
    expect([...index.query({ x: 50, y: 50, width: 10, height: 10 })]).toEqual([]);
    expect([...index.query({ x: 5010, y: 5010, width: 1, height: 1 })].sort()).toEqual(['a', 'b']);
    index.delete('b');
    expect([...index.query({ x: -1e5, y: -1e5, width: 2e5, height: 2e5 })]).toEqual(['a']);
  });
});

describe('Scene', () => {
  it('places notes in cells and free notes in board coordinates', () => {
    let doc = board();
    const phase = doc.phases[1]!;
    const lane = doc.lanes[2]!;
    doc = addNotes(doc, [
      createNote({ id: 'cell', phaseId: phase.id, laneId: lane.id, x: 10, y: 20 }),
      createNote({ id: 'free', x: -400, y: -300 }),
    ]);
    const scene = new Scene();
    scene.sync(doc);
    expect(scene.note('cell')!.rect).toMatchObject({ x: LANE_HEADER_WIDTH + 480 + 10, y: PHASE_HEADER_HEIGHT + 2 * 240 + 20 });
    expect(scene.note('free')!.rect).toMatchObject({ x: -400, y: -300 });
    expect(scene.bounds().x).toBe(-400);
  });

  it('updates one changed note and re-places all notes when a phase is resized', () => {
    let doc = board();
    const [p0, p1] = doc.phases;
    const lane = doc.lanes[0]!;
    doc = addNotes(doc, [
      createNote({ id: 'a', phaseId: p0!.id, laneId: lane.id, x: 10, y: 10 }),
      createNote({ id: 'b', phaseId: p1!.id, laneId: lane.id, x: 10, y: 10 }),
    ]);
    const scene = new Scene();
    scene.sync(doc);
    const before = scene.note('b')!;
    doc = updateNote(doc, 'a', { text: 'changed' });
    expect(scene.sync(doc)).toBe(true);
    expect(scene.note('b')).toBe(before);
    expect(scene.note('a')!.note.text).toBe('changed');
    doc = updatePhase(doc, p0!.id, { width: 600 });
    scene.sync(doc);
    expect(scene.note('b')!.rect.x).toBe(before.rect.x + 120);
    doc = removeNotes(doc, ['a']);
    scene.sync(doc);
    expect(scene.note('a')).toBeUndefined();
    expect(scene.noteCount).toBe(1);
  });

  it('returns visible notes in draw order and the topmost note under a point', () => {
    let doc = board();
    doc = addNotes(doc, [createNote({ id: 'under', x: 0, y: 0 }), createNote({ id: 'over', x: 50, y: 50 })]);
    const scene = new Scene();
    scene.sync(doc);
    expect(scene.visibleNotes({ x: -10, y: -10, width: 400, height: 400 }).map((s) => s.note.id)).toEqual(['under', 'over']);
    expect(scene.noteAt({ x: 100, y: 100 })!.note.id).toBe('over');
    expect(scene.noteAt({ x: 10, y: 10 })!.note.id).toBe('under');
    expect(scene.noteAt({ x: 1000, y: -1000 })).toBeNull();
  });

  it('keeps a 10,000-note board queryable without touching every note', () => {
    const notes = Array.from({ length: 10_000 }, (_, i) => createNote({ id: `n${i}`, x: (i % 100) * 200, y: Math.floor(i / 100) * 150 }));
    const scene = new Scene();
    scene.sync(addNotes(board(), notes));
    const visible = scene.visibleNotes({ x: 0, y: 0, width: 1280, height: 800 });
    expect(visible.length).toBeGreaterThan(20);
    expect(visible.length).toBeLessThan(100);
  });
});

describe('hitTest', () => {
  const doc = addNotes(board(), [createNote({ id: 'n', x: -300, y: -300 })]);
  const scene = new Scene();
  scene.sync(doc);
  const ctx = { zoom: 1, selectedNoteIds: new Set<string>(), handleNoteId: null };

  it('finds notes, headers, header edges, cells and the + tabs', () => {
    expect(hitTest(scene, { x: -250, y: -250 }, ctx)).toEqual({ kind: 'note', id: 'n' });
    const [p0] = doc.phases;
    expect(hitTest(scene, { x: LANE_HEADER_WIDTH + 100, y: 20 }, ctx)).toEqual({ kind: 'phaseHeader', id: p0!.id });
    expect(hitTest(scene, { x: LANE_HEADER_WIDTH + 480 + 3, y: 20 }, ctx)).toEqual({ kind: 'phaseEdge', id: p0!.id });
    expect(hitTest(scene, { x: 20, y: PHASE_HEADER_HEIGHT + 240 - 2 }, ctx)).toEqual({ kind: 'laneEdge', id: doc.lanes[0]!.id });
    expect(hitTest(scene, { x: 20, y: PHASE_HEADER_HEIGHT + 100 }, ctx)).toEqual({ kind: 'laneHeader', id: doc.lanes[0]!.id });
    expect(hitTest(scene, { x: LANE_HEADER_WIDTH + 10, y: PHASE_HEADER_HEIGHT + 10 }, ctx)).toEqual({
      kind: 'cell',
      phaseId: p0!.id,
      laneId: doc.lanes[0]!.id,
    });
    expect(hitTest(scene, { x: scene.layout.right + 40, y: 30 }, ctx)).toEqual({ kind: 'addPhase' });
    expect(hitTest(scene, { x: 50, y: scene.layout.bottom + 30 }, ctx)).toEqual({ kind: 'addLane' });
    expect(hitTest(scene, { x: -2000, y: -2000 }, ctx)).toEqual({ kind: 'board' });
  });

  it('grabs resize corners of a selected note and connect handles in screen pixels', () => {
    const selected = { ...ctx, selectedNoteIds: new Set(['n']), handleNoteId: 'n', zoom: 0.5 };
    // The bottom-right corner at (-140, -180); 8 screen px away is 16 board units at 50%.
    expect(hitTest(scene, { x: -140 + 16, y: -180 + 16 }, selected)).toEqual({ kind: 'resizeHandle', id: 'n', corner: 'se' });
    // The east connect handle sits 16 screen px (32 board units) right of the edge.
    expect(hitTest(scene, { x: -140 + 32, y: -240 }, selected)).toEqual({ kind: 'connectHandle', id: 'n', side: 'e' });
  });
});
