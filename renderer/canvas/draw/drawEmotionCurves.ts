/**
 * The emotion curves across the phases (DOMAIN.md): the as-is journey as a solid marker line,
 * the target experience dashed in another colour, so the room compares them at a glance. The
 * geometry comes from shared/analysis/emotionCurve; this only strokes it.
 */
import type { EmotionCurve } from '../../../shared/analysis/emotionCurve';
import type { Canvas2D } from './canvas2d';

export const CURVE_STYLE = {
  current: { colour: '#ad1457', dash: [] as number[], width: 5 },
  target: { colour: '#00695c', dash: [18, 12], width: 5 },
} as const;

export function drawEmotionCurves(ctx: Canvas2D, curves: readonly EmotionCurve[], options: { zoom: number }): void {
  for (const curve of curves) {
    if (!curve.path) continue;
    const style = CURVE_STYLE[curve.curve];
    const width = Math.max(style.width, 2 / options.zoom);
    ctx.save();
    ctx.globalAlpha = 0.85;
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = width;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.setLineDash(style.dash.map((d) => Math.max(d, (d * 0.5) / options.zoom)));
    ctx.beginPath();
    ctx.moveTo(curve.path.start.x, curve.path.start.y);
    for (const s of curve.path.segments) ctx.bezierCurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = style.colour;
    ctx.beginPath();
    for (const p of curve.points) {
      ctx.moveTo(p.x + width * 1.4, p.y);
      ctx.arc(p.x, p.y, width * 1.4, 0, Math.PI * 2);
    }
    ctx.fill();
    ctx.restore();
  }
}
