/**
 * A bitmap of the zoomed-out notes layer, reused while the camera moves. Zoomed to fit, a pan
 * or pinch frame then costs one drawImage instead of filling thousands of notes; the frame
 * after the gesture settles draws the notes directly again, sharp.
 *
 * The bitmap covers the view plus half a view on every side, at the zoom it was drawn at. It
 * is redrawn when the view leaves it or the zoom has changed by more than a factor of 2.
 */
import type { Rect } from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import { rectContains } from '../draw/geometry';

const MAX_SIDE = 4096;
const ZOOM_TOLERANCE = 2;

export class BitmapCache {
  private canvas: HTMLCanvasElement | null = null;
  private area: Rect | null = null;
  private zoom = 0;

  invalidate(): void {
    this.area = null;
  }

  /**
   * Blits the cached picture for this view, drawing it first with `render` when it is missing
   * or does not cover the view at about this zoom. `ctx` has the board transform applied.
   */
  draw(ctx: Canvas2D, view: Rect, zoom: number, pixelRatio: number, render: (ctx: Canvas2D, area: Rect) => void): void {
    const ratio = zoom / this.zoom;
    if (!this.area || !rectContains(this.area, view) || ratio > ZOOM_TOLERANCE || ratio < 1 / ZOOM_TOLERANCE) {
      this.redraw(view, zoom, pixelRatio, render);
    }
    if (this.canvas && this.area) ctx.drawImage(this.canvas, this.area.x, this.area.y, this.area.width, this.area.height);
  }

  private redraw(view: Rect, zoom: number, pixelRatio: number, render: (ctx: Canvas2D, area: Rect) => void): void {
    const area = { x: view.x - view.width / 2, y: view.y - view.height / 2, width: view.width * 2, height: view.height * 2 };
    const scale = Math.min(zoom * pixelRatio, MAX_SIDE / area.width, MAX_SIDE / area.height);
    this.canvas ??= document.createElement('canvas');
    const width = Math.max(1, Math.ceil(area.width * scale));
    const height = Math.max(1, Math.ceil(area.height * scale));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(scale, 0, 0, scale, -area.x * scale, -area.y * scale);
    render(ctx, area);
    this.area = area;
    this.zoom = zoom;
  }
}
