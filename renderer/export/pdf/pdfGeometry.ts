/** The geometry the PDF adapter needs: 2D affine matrices and canvas arcs as Bézier curves. */

/** [a, b, c, d, e, f] as in canvas and PDF: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = [number, number, number, number, number, number];

/** m · n: n applied first, then m (canvas's transform() post-multiplies the same way). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

type Curve = [number, number, number, number, number, number];

/**
 * A canvas arc as cubic Béziers of at most a quarter turn each (error below 0.03% of the
 * radius). Angles in radians, clockwise on screen like canvas.
 */
export function arcToBeziers(cx: number, cy: number, r: number, start: number, end: number, ccw: boolean): { start: [number, number]; segments: Curve[] } {
  const full = Math.PI * 2;
  let sweep = end - start;
  if (!ccw) {
    if (sweep >= full) sweep = full;
    else if (sweep < 0) sweep = (sweep % full) + full;
  } else {
    if (-sweep >= full) sweep = -full;
    else if (sweep > 0) sweep = (sweep % full) - full;
  }
  const count = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
  const step = sweep / count;
  const k = (4 / 3) * Math.tan(step / 4);
  const segments: Curve[] = [];
  let a = start;
  for (let i = 0; i < count; i += 1) {
    const b = a + step;
    const [ca, sa, cb, sb] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)];
    segments.push([cx + r * (ca - k * sa), cy + r * (sa + k * ca), cx + r * (cb + k * sb), cy + r * (sb - k * cb), cx + r * cb, cy + r * sb]);
    a = b;
  }
  return { start: [cx + r * Math.cos(start), cy + r * Math.sin(start)], segments };
}

/** arcTo(x1, y1, x2, y2, r) from point p0: the circle touching both lines, or null for a straight line. */
export function arcToPoints(
  p0: [number, number],
  p1: [number, number],
  p2: [number, number],
  r: number,
): { start: [number, number]; centre: [number, number]; startAngle: number; endAngle: number; counterclockwise: boolean } | null {
  const v1 = [p0[0] - p1[0], p0[1] - p1[1]];
  const v2 = [p2[0] - p1[0], p2[1] - p1[1]];
  const l1 = Math.hypot(v1[0]!, v1[1]!);
  const l2 = Math.hypot(v2[0]!, v2[1]!);
  if (r <= 0 || l1 < 1e-9 || l2 < 1e-9) return null;
  const u1 = [v1[0]! / l1, v1[1]! / l1];
  const u2 = [v2[0]! / l2, v2[1]! / l2];
  const cos = u1[0]! * u2[0]! + u1[1]! * u2[1]!;
  const angle = Math.acos(Math.max(-1, Math.min(1, cos)));
  if (angle < 1e-6 || Math.PI - angle < 1e-6) return null;
  const tangent = r / Math.tan(angle / 2);
  const start: [number, number] = [p1[0] + u1[0]! * tangent, p1[1] + u1[1]! * tangent];
  const end: [number, number] = [p1[0] + u2[0]! * tangent, p1[1] + u2[1]! * tangent];
  const bisector = [u1[0]! + u2[0]!, u1[1]! + u2[1]!];
  const bl = Math.hypot(bisector[0]!, bisector[1]!);
  const distance = r / Math.sin(angle / 2);
  const centre: [number, number] = [p1[0] + (bisector[0]! / bl) * distance, p1[1] + (bisector[1]! / bl) * distance];
  const startAngle = Math.atan2(start[1] - centre[1], start[0] - centre[0]);
  const endAngle = Math.atan2(end[1] - centre[1], end[0] - centre[0]);
  // The short way round: the cross product of the two directions says which.
  const cross = u1[0]! * u2[1]! - u1[1]! * u2[0]!;
  return { start, centre, startAngle, endAngle, counterclockwise: cross < 0 };
}
