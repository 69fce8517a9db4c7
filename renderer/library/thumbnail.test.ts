// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boardToScreen } from '../../shared/camera/camera';
import { addNotes, createJourney, createNote, PALETTES, toDoc } from '../../shared/model';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { Scene } from '../canvas/scene/scene';
import { paintThumbnail, THUMBNAIL_SIZE, thumbnailCamera } from './thumbnail';

/** Records the colours filled, so the test sees which notes were painted. */
function recorder() {
  const fills: string[] = [];
  const state: Record<string, unknown> = { fillStyle: '' };
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key in target ? target[key] : key === 'measureText' ? () => ({ width: 10 }) : () => key === 'fill' && fills.push(String(target.fillStyle)),
    set: (target, key: string, value) => ((target[key] = value), true),
  });
  return { ctx: ctx as unknown as Canvas2D, fills };
}

function board() {
  const doc0 = toDoc(createJourney({ template: 'funnel', language: 'en' }));
  const inCell = createNote({ kind: 'painPoint', phaseId: doc0.phases[4]!.id, laneId: doc0.lanes[4]!.id, x: 16, y: 16 });
  const free = createNote({ kind: 'free', x: 4_000, y: 2_500 });
  const hiddenLane = { ...doc0.lanes[6]!, hidden: true };
  const hidden = createNote({ kind: 'kpi', colour: 'violet', phaseId: doc0.phases[0]!.id, laneId: hiddenLane.id });
  return { doc: addNotes({ ...doc0, lanes: [...doc0.lanes.slice(0, 6), hiddenLane] }, [inCell, free, hidden]), free };
}

describe('library thumbnail', () => {
  it('shows the whole board in the picture: the free note far right and below stretches it', () => {
    const { doc, free } = board();
    const scene = new Scene();
    scene.sync(doc);
    const camera = thumbnailCamera(scene);
    const corner = boardToScreen(camera, { x: free.x + free.width, y: free.y + free.height });
    expect(corner.x).toBeLessThanOrEqual(THUMBNAIL_SIZE.width - 8 + 0.001);
    expect(corner.y).toBeLessThanOrEqual(THUMBNAIL_SIZE.height - 8 + 0.001);
    expect(Math.max(THUMBNAIL_SIZE.width - 8 - corner.x, THUMBNAIL_SIZE.height - 8 - corner.y)).toBeGreaterThan(0);
    expect(boardToScreen(camera, { x: 0, y: 0 }).x).toBeGreaterThanOrEqual(8 - 0.001);
  });

  it('paints each visible note as a block of its colour, and nothing of a hidden lane', () => {
    const { doc } = board();
    const { ctx, fills } = recorder();
    paintThumbnail(ctx, doc);
    expect(fills).toEqual(expect.arrayContaining([PALETTES.standard.red.fill, PALETTES.standard.grey.fill]));
    expect(fills).not.toContain(PALETTES.standard.violet.fill);
  });

  it('copes with an empty board and with a journey straight from a template', () => {
    const doc = toDoc(createJourney({ template: 'blank', language: 'de' }));
    expect(() => paintThumbnail(recorder().ctx, { ...doc, phases: [], lanes: [] })).not.toThrow();
    expect(() => paintThumbnail(recorder().ctx, createJourney({ template: 'threePhases', language: 'en' }))).not.toThrow();
  });
});
