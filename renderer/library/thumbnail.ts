/**
 * The small picture of a board on its library card, painted by the board painter: the paper,
 * the sheet and every note as a coloured block, as the room would recognise the flipchart from
 * across the table. Text is not drawn: at this scale it would be noise.
 */
import { fitRect, visibleBoardRect, type Camera, type Viewport } from '../../shared/camera/camera';
import { toDoc, type Journey, type JourneyDoc } from '../../shared/model';
import type { Canvas2D } from '../canvas/draw/canvas2d';
import { measureWithCanvas, noteTextLayouts } from '../canvas/draw/measure';
import { boardTheme } from '../canvas/draw/theme';
import { paintBoard, type BoardLayer } from '../canvas/paint/paintBoard';
import { Scene } from '../canvas/scene/scene';

export const THUMBNAIL_SIZE = { width: 480, height: 270 } as const;

const THUMBNAIL_LAYERS: readonly BoardLayer[] = ['paper', 'grid', 'notes'];
const MARGIN = 8;

/** The camera that shows the whole board in the picture, however large the board. */
export function thumbnailCamera(scene: Scene, size: Viewport = THUMBNAIL_SIZE): Camera {
  return fitRect(scene.bounds(), size, { margin: MARGIN, clamp: false });
}

/** Paints a board (an open journey, or a journey from a template) into a context of `size` pixels. */
export function paintThumbnail(ctx: Canvas2D, board: JourneyDoc | Journey, size: Viewport = THUMBNAIL_SIZE): void {
  const doc = Array.isArray(board.notes) ? toDoc(board as Journey) : (board as JourneyDoc);
  const scene = new Scene();
  scene.sync(doc);
  const camera = thumbnailCamera(scene, size);
  const theme = boardTheme({ font: 'plain', palette: 'standard' });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = theme.paper;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.setTransform(camera.zoom, 0, 0, camera.zoom, camera.x, camera.y);
  paintBoard(
    ctx,
    { doc, source: scene, measure: measureWithCanvas, layouts: noteTextLayouts },
    { theme, zoom: camera.zoom, view: visibleBoardRect(camera, size), layers: THUMBNAIL_LAYERS, detail: 'block' },
  );
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** Paints the board into a canvas and returns it as a PNG data URL. */
export function renderThumbnail(board: JourneyDoc | Journey, ownerDocument: Document = document): string | null {
  const canvas = ownerDocument.createElement('canvas');
  canvas.width = THUMBNAIL_SIZE.width;
  canvas.height = THUMBNAIL_SIZE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  paintThumbnail(ctx, board);
  const url = canvas.toDataURL('image/png');
  return url.startsWith('data:image/png;base64,') ? url : null;
}
