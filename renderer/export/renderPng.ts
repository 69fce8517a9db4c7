/**
 * PNG export: drawn tile by tile (nothing is blank or cut off whatever the browser's canvas
 * limit) and compressed in a worker while the next band is drawn, with the journey file inside
 * as a text chunk: opening the picture in the app restores the editable journey.
 */
import { planImage, type ImagePlan } from '../../shared/export/imageLayout';
import { makeITXtChunk } from '../../shared/export/png/textChunks';
import { JOURNEY_CHUNK_KEYWORD } from '../../shared/export/png/journeyChunk';
import { assemblePng } from '../../shared/export/png/rows';
import { scopePieces, type ExportScope } from '../../shared/export/regions';
import { planBands } from '../../shared/export/tiles';
import type { Journey } from '../../shared/model';
import type { BoardPicture } from './boardPicture';
import { ExportFailure, type ExportRun } from './exportRun';
import { createRowSink } from './png/compressPool';
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

/**
 * Bands of at most 16 MB of pixels, drawn in tiles of at most 8,192 px a side: big enough that
 * few draws cover a huge board, small enough that one draw and its read-back stay well under
 * a frame budget of 100 ms.
 */
const BAND_BYTES = 16 * 1024 * 1024;
const TILE_SIDE = 8192;
/** Bands drawn ahead of the compression worker: enough to keep it busy, few enough to bound memory. */
const BANDS_AHEAD = 2;

/**
 * Draws the picture band by band on the main thread (the painter needs the page's fonts and
 * images) and hands each band to the compression worker while it draws the next, so the two
 * cores work at once (shared/export/png/rows.ts). Cancel stops at the next tile and drops the
 * worker, so nothing is written.
 */
export async function renderPng(journey: Journey, picture: BoardPicture, options: PngOptions, run: ExportRun): Promise<Uint8Array> {
  const plan = planPng(journey, picture, options);
  const paint = { plan, picture, texts: options.texts, background: options.background };
  const bands = planBands(plan.width, plan.height, { maxTileSide: TILE_SIDE, maxBandBytes: BAND_BYTES });
  const tileCanvas = new OffscreenCanvas(Math.min(plan.width, TILE_SIDE), bands[0]!.height);
  const ctx = tileCanvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new ExportFailure('failed');
  const sink = createRowSink(plan.width);
  const totalTiles = bands.reduce((n, b) => n + b.tiles.length, 0);
  let drawn = 0;
  let written = 0;
  const report = () => run.progress(0.97 * ((drawn / totalTiles) * 0.5 + (written / bands.length) * 0.5));
  try {
    const writes: Promise<void>[] = [];
    for (const band of bands) {
      const rows = new Uint8Array(plan.width * band.height * 4);
      for (const tile of band.tiles) {
        await run.checkpoint();
        paintImageRegion(ctx, paint, tile);
        const pixels = ctx.getImageData(0, 0, tile.width, tile.height).data;
        if (tile.width === plan.width) rows.set(pixels.subarray(0, rows.length));
        else {
          for (let r = 0; r < tile.height; r += 1) {
            rows.set(pixels.subarray(r * tile.width * 4, (r + 1) * tile.width * 4), (r * plan.width + tile.x) * 4);
          }
        }
        drawn += 1;
        report();
      }
      const write = sink.write(rows, band.height).then(() => {
        written += 1;
        report();
      });
      // A failure is reported where it is awaited; never as an unhandled rejection.
      write.catch(() => undefined);
      writes.push(write);
      if (writes.length > BANDS_AHEAD) await writes[writes.length - 1 - BANDS_AHEAD];
    }
    for (const write of writes) {
      await write;
      await run.checkpoint();
    }
    const zlib = await sink.finish();
    const png = assemblePng({
      width: plan.width,
      height: plan.height,
      zlib,
      extraChunks: [makeITXtChunk(JOURNEY_CHUNK_KEYWORD, options.journeyFile)],
      pixelsPerMetre: Math.round(PIXELS_PER_METRE_1X * plan.pixelRatio),
    });
    run.progress(1);
    return png;
  } finally {
    sink.close();
  }
}
