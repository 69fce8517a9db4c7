/**
 * PNG export. A picture that fits one canvas is drawn at once and encoded by the browser (fast,
 * native); a larger one is drawn tile by tile and streamed through our own encoder, so nothing
 * is blank or cut off whatever the browser's canvas limit. Either way the journey file is put
 * into the PNG as a text chunk: opening the picture in the app restores the editable journey.
 */
import { planImage, type ImagePlan } from '../../shared/export/imageLayout';
import { makeITXtChunk } from '../../shared/export/png/textChunks';
import { embedJourneyInPng, JOURNEY_CHUNK_KEYWORD } from '../../shared/export/png/journeyChunk';
import { PngStreamEncoder } from '../../shared/export/png/encoder';
import { scopePieces, type ExportScope } from '../../shared/export/regions';
import { fitsOneCanvas, planBands, type Tile } from '../../shared/export/tiles';
import type { Journey } from '../../shared/model';
import type { BoardPicture } from './boardPicture';
import { ExportFailure, type ExportRun } from './exportRun';
import { paintImageRegion, type ExportBackground, type ImageTexts } from './paintImage';

export interface PngOptions {
  scope: ExportScope;
  pixelRatio: number;
  background: ExportBackground;
  header: boolean;
  legend: boolean;
  texts: ImageTexts;
  /** The journey file carried inside the PNG. */
  journeyFile: string;
}

/** 72 dpi at 1x: viewers then show a 2x export at the board's size, sharply. */
const PIXELS_PER_METRE_1X = 2835;

export function planPng(journey: Journey, picture: BoardPicture, options: PngOptions): ImagePlan {
  const pieces = scopePieces(journey, options.scope, picture.extraBounds);
  if (!pieces) throw new ExportFailure('nothing');
  const planned = planImage({
    pieces,
    pixelRatio: options.pixelRatio,
    header: options.header,
    legendEntries: options.legend ? options.texts.legend.length : 0,
  });
  if (!planned.ok) throw new ExportFailure('tooLarge', { width: planned.width, height: planned.height });
  return planned.plan;
}

function canvas(width: number, height: number): OffscreenCanvas {
  return new OffscreenCanvas(width, height);
}

function context(c: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = c.getContext('2d', { willReadFrequently: false });
  if (!ctx) throw new ExportFailure('failed');
  return ctx;
}

export async function renderPng(journey: Journey, picture: BoardPicture, options: PngOptions, run: ExportRun): Promise<Uint8Array> {
  const plan = planPng(journey, picture, options);
  const paint = { plan, picture, texts: options.texts, background: options.background };
  const full: Tile = { x: 0, y: 0, width: plan.width, height: plan.height };
  if (fitsOneCanvas(plan.width, plan.height)) {
    run.progress(0.05);
    const c = canvas(plan.width, plan.height);
    paintImageRegion(context(c), paint, full);
    run.progress(0.6);
    await run.checkpoint();
    const blob = await c.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    run.progress(0.95);
    return embedJourneyInPng(bytes, options.journeyFile);
  }

  const encoder = new PngStreamEncoder({
    width: plan.width,
    height: plan.height,
    extraChunks: [makeITXtChunk(JOURNEY_CHUNK_KEYWORD, options.journeyFile)],
    pixelsPerMetre: Math.round(PIXELS_PER_METRE_1X * plan.pixelRatio),
    level: 6,
  });
  const bands = planBands(plan.width, plan.height);
  const tileCanvas = canvas(Math.min(plan.width, bands[0]!.tiles[0]!.width), bands[0]!.height);
  const ctx = tileCanvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new ExportFailure('failed');
  let done = 0;
  const total = bands.reduce((n, b) => n + b.tiles.length, 0);
  for (const band of bands) {
    const rows = new Uint8ClampedArray(plan.width * band.height * 4);
    for (const tile of band.tiles) {
      await run.checkpoint();
      paintImageRegion(ctx, paint, tile);
      const pixels = ctx.getImageData(0, 0, tile.width, tile.height).data;
      for (let r = 0; r < tile.height; r += 1) {
        rows.set(pixels.subarray(r * tile.width * 4, (r + 1) * tile.width * 4), (r * plan.width + tile.x) * 4);
      }
      done += 1;
      run.progress((0.9 * done) / total);
    }
    await encoder.writeRows(rows, band.height);
  }
  const bytes = await encoder.finish();
  run.progress(1);
  return bytes;
}
