import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/fixtures';
import { importJourneyText } from '../format/importJourney';
import { computeGridLayout, LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type Journey } from '../model';
import { FOOTER_BAND_HEIGHT, HEADER_BAND_HEIGHT, planImage } from './imageLayout';
import { planPdf, splitAt, PAPER } from './pdfLayout';
import { boardBounds, EXPORT_MARGIN, scopePieces } from './regions';
import { planBands } from './tiles';

function fixture(): Journey {
  const result = importJourneyText(fixtureText());
  if (!result.ok) throw new Error(result.error.code);
  return result.journey;
}

describe('export regions', () => {
  it('the board covers the grid and every note, including free ones', () => {
    const journey = fixture();
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const bounds = boardBounds(journey, layout);
    expect(bounds.x).toBe(0);
    expect(bounds.width).toBeGreaterThanOrEqual(layout.right);
    const free = journey.notes.find((n) => n.phaseId === null)!;
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(free.x + free.width);
  });

  it('the whole board includes what is drawn beside the grid (the persona card)', () => {
    const journey = fixture();
    const card = { x: -500, y: 0, width: 440, height: 900 };
    const [piece] = scopePieces(journey, { kind: 'board' }, [card])!;
    expect(piece!.src.x).toBe(-500 - EXPORT_MARGIN);
  });

  it('a selection is the box around its notes; an empty one shows nothing', () => {
    const journey = fixture();
    const pieces = scopePieces(journey, { kind: 'selection', noteIds: ['note-free-1'] })!;
    expect(pieces[0]!.src).toEqual({ x: 2900 - EXPORT_MARGIN, y: 120 - EXPORT_MARGIN, width: 200 + 2 * EXPORT_MARGIN, height: 140 + 2 * EXPORT_MARGIN });
    expect(scopePieces(journey, { kind: 'selection', noteIds: [] })).toBeNull();
  });

  it('one phase is its column beside the lane headers', () => {
    const journey = fixture();
    const pieces = scopePieces(journey, { kind: 'phase', phaseId: 'phase-3' })!;
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.src.x + pieces[0]!.src.width).toBe(LANE_HEADER_WIDTH);
    expect(pieces[1]!.src.x).toBe(LANE_HEADER_WIDTH + 2 * 480);
    expect(pieces[1]!.dest.x).toBe(pieces[0]!.dest.width);
    // Not a pixel of the next phase: the column and its line, then paper.
    expect(pieces[1]!.src.x + pieces[1]!.src.width).toBeLessThan(LANE_HEADER_WIDTH + 3 * 480 + 3);
    expect(pieces[1]!.dest.width).toBe(pieces[1]!.src.width + EXPORT_MARGIN);
    expect(scopePieces(journey, { kind: 'phase', phaseId: 'nope' })).toBeNull();
  });
});

describe('planImage', () => {
  it('scales by the pixel ratio and adds header and legend bands', () => {
    const pieces = [{ src: { x: 0, y: 0, width: 1000, height: 500 }, dest: { x: 0, y: 0, width: 1000, height: 500 } }];
    const plain = planImage({ pieces, pixelRatio: 2, header: false, legendEntries: 0 });
    expect(plain.ok && [plain.plan.width, plain.plan.height]).toEqual([2000, 1000 + 2 * FOOTER_BAND_HEIGHT]);
    const full = planImage({ pieces, pixelRatio: 1, header: true, legendEntries: 7 });
    if (!full.ok) throw new Error('too large');
    expect(full.plan.header).toEqual({ x: 0, y: 0, width: 1000, height: HEADER_BAND_HEIGHT });
    expect(full.plan.pieces[0]!.dest.y).toBe(HEADER_BAND_HEIGHT);
    expect(full.plan.legend!.y).toBe(HEADER_BAND_HEIGHT + 500);
    expect(full.plan.height).toBe(HEADER_BAND_HEIGHT + 500 + full.plan.legend!.height + FOOTER_BAND_HEIGHT);
    expect(full.plan.footer).toEqual({ x: 0, y: full.plan.height - FOOTER_BAND_HEIGHT, width: 1000, height: FOOTER_BAND_HEIGHT });
  });

  it('refuses an export beyond what viewers open, naming the size', () => {
    const pieces = [{ src: { x: 0, y: 0, width: 60_000, height: 4_000 }, dest: { x: 0, y: 0, width: 60_000, height: 4_000 } }];
    expect(planImage({ pieces, pixelRatio: 4, header: false, legendEntries: 0 })).toEqual({ ok: false, reason: 'tooLarge', width: 240_000, height: 16_000 + 4 * FOOTER_BAND_HEIGHT });
  });
});

describe('planBands', () => {
  it('covers the image exactly once with tiles no larger than the limit', () => {
    const bands = planBands(40_000, 3_000, { maxTileSide: 4096, maxBandBytes: 32 * 1024 * 1024 });
    let area = 0;
    for (const band of bands) {
      expect(band.tiles.reduce((w, t) => w + t.width, 0)).toBe(40_000);
      for (const t of band.tiles) {
        expect(t.width).toBeLessThanOrEqual(4096);
        expect(t.height).toBe(band.height);
        area += t.width * t.height;
      }
      expect(band.height * 40_000 * 4).toBeLessThanOrEqual(32 * 1024 * 1024);
    }
    expect(area).toBe(40_000 * 3_000);
    expect(bands[bands.length - 1]!.y + bands[bands.length - 1]!.height).toBe(3_000);
  });
});

describe('planPdf', () => {
  it('fit: one page, the whole board scaled into the margins', () => {
    const journey = fixture();
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const bounds = boardBounds(journey, layout);
    for (const paper of ['a4', 'a3'] as const) {
      const plan = planPdf({ bounds, extras: [{ x: -488, y: 0, width: 440, height: 900 }], layout, paper, mode: 'fit' });
      expect(plan.pages[0]!.pieces[0]!.src.x).toBe(-488 - 24);
      expect(plan.width).toBeGreaterThan(plan.height); // landscape
      expect(plan.pages).toHaveLength(1);
      const dest = plan.pages[0]!.pieces[0]!.dest;
      expect(dest.x + dest.width).toBeLessThanOrEqual(PAPER[paper].width);
      expect(dest.y + dest.height).toBeLessThanOrEqual(PAPER[paper].height);
    }
  });

  it('tiled: several pages, each repeating the phase and lane headers, covering the board once', () => {
    const journey = fixture();
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const bounds = boardBounds(journey, layout);
    const plan = planPdf({ bounds, layout, paper: 'a4', mode: 'tiled' });
    expect(plan.pages.length).toBeGreaterThan(1);
    let covered = 0;
    for (const page of plan.pages) {
      expect(page.pieces).toHaveLength(4);
      const [corner, phaseHeader, laneHeader, body] = page.pieces;
      expect(corner!.src).toEqual({ x: 0, y: 0, width: LANE_HEADER_WIDTH, height: PHASE_HEADER_HEIGHT });
      expect(phaseHeader!.src.y).toBe(0);
      expect(phaseHeader!.src.x).toBe(body!.src.x);
      expect(laneHeader!.src.y).toBe(body!.src.y);
      covered += body!.src.width * body!.src.height;
      for (const p of page.pieces) expect(p.dest.x + p.dest.width).toBeLessThanOrEqual(plan.width);
    }
    const bodyArea = (bounds.x + bounds.width - LANE_HEADER_WIDTH) * (bounds.y + bounds.height - PHASE_HEADER_HEIGHT);
    expect(covered).toBeCloseTo(bodyArea, 3);
    // The body never repeats the headers it is shown under.
    for (const page of plan.pages) {
      expect(page.pieces[3]!.src.x).toBeGreaterThanOrEqual(LANE_HEADER_WIDTH);
      expect(page.pieces[3]!.src.y).toBeGreaterThanOrEqual(PHASE_HEADER_HEIGHT);
    }
  });

  it('tiled: the persona card left of the grid gets a page of its own, first', () => {
    const journey = fixture();
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const card = { x: -488, y: 0, width: 440, height: 900 };
    const plan = planPdf({ bounds: boardBounds(journey, layout), extras: [card], layout, paper: 'a3', mode: 'tiled' });
    const [front, ...rest] = plan.pages;
    expect(front!.pieces).toHaveLength(1);
    expect(front!.pieces[0]!.src).toEqual({ x: -512, y: -24, width: 488, height: 948 });
    expect(rest.every((p) => p.pieces[3]!.src.x >= LANE_HEADER_WIDTH)).toBe(true);
  });

  it('cuts pages at phase boundaries where a phase fits', () => {
    expect(splitAt(200, 2600, 1000, [680, 1160, 1640, 2120, 2600])).toEqual([
      [200, 1160],
      [1160, 2120],
      [2120, 2600],
    ]);
    expect(splitAt(0, 2500, 1000, [2500])).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
  });
});
