/** The laser pointer on the projector: a red dot with a short fading trail, in screen pixels. */
import { boardToScreen, type Camera } from '../../../shared/camera/camera';
import { laserOpacity, type LaserPoint } from '../../../shared/room/laser';
import type { Canvas2D } from '../../canvas/draw/canvas2d';

export const LASER = { colour: '255, 23, 23', radius: 11, trailWidth: 7 } as const;

/**
 * `head` is where the pointer rests now (it stays lit while the pointer holds still); `trail`
 * is where it was in the last moments, fading.
 */
export function drawLaser(
  ctx: Canvas2D,
  head: { x: number; y: number } | null,
  trail: readonly LaserPoint[],
  options: { camera: Camera; pixelRatio: number; now: number; scale?: number },
): void {
  const { camera, pixelRatio: pr, now } = options;
  const scale = options.scale ?? 1;
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  const points = trail.map((p) => ({ ...boardToScreen(camera, p), alpha: laserOpacity(p, now) }));
  ctx.lineCap = 'round';
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    ctx.strokeStyle = `rgba(${LASER.colour}, ${(b.alpha * 0.6).toFixed(3)})`;
    ctx.lineWidth = LASER.trailWidth * scale * (0.4 + 0.6 * b.alpha);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  if (head) {
    const p = boardToScreen(camera, head);
    // A white ring keeps the dot visible on a red note.
    ctx.beginPath();
    ctx.arc(p.x, p.y, (LASER.radius + 3) * scale, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fill();
    ctx.beginPath();
    ctx.arc(p.x, p.y, LASER.radius * scale, 0, Math.PI * 2);
    ctx.fillStyle = `rgb(${LASER.colour})`;
    ctx.fill();
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
