/**
 * A face for an emotion score (-2..+2): the room reads a frown or a smile from across the room
 * faster than a number. Shape carries the meaning, colour only helps, so it survives a
 * washed-out projector and colour blindness.
 */
import type { Canvas2D } from './canvas2d';

export const FACE_COLOURS: Record<number, string> = {
  [-2]: '#c62828',
  [-1]: '#ef6c00',
  0: '#757575',
  1: '#7cb342',
  2: '#2e7d32',
};

export function drawEmotionFace(ctx: Canvas2D, centre: { x: number; y: number }, radius: number, score: number): void {
  const s = Math.max(-2, Math.min(2, Math.round(score)));
  const { x, y } = centre;
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = '#fffef9';
  ctx.fill();
  ctx.lineWidth = Math.max(1.5, radius * 0.12);
  ctx.strokeStyle = FACE_COLOURS[s]!;
  ctx.stroke();

  // Eyes.
  ctx.beginPath();
  const eyeR = radius * 0.11;
  ctx.arc(x - radius * 0.35, y - radius * 0.25, eyeR, 0, Math.PI * 2);
  ctx.moveTo(x + radius * 0.35 + eyeR, y - radius * 0.25);
  ctx.arc(x + radius * 0.35, y - radius * 0.25, eyeR, 0, Math.PI * 2);
  ctx.fillStyle = '#1f2328';
  ctx.fill();

  // Mouth: a quadratic curve bending up for positive scores and down for negative ones.
  const mouthY = y + radius * 0.38;
  const half = radius * 0.45;
  const bend = s * radius * 0.2;
  ctx.beginPath();
  ctx.moveTo(x - half, mouthY - bend / 2);
  ctx.quadraticCurveTo(x, mouthY + bend * 1.2, x + half, mouthY - bend / 2);
  if (s === 2) {
    ctx.closePath();
    ctx.fillStyle = '#1f2328';
    ctx.fill();
  }
  ctx.lineWidth = Math.max(1.5, radius * 0.12);
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#1f2328';
  ctx.stroke();
}
