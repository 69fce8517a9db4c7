/**
 * The laser pointer the room sees: the facilitator's pointer position on the board, drawn on
 * the projector as a red dot with a short fading trail. The trail is a list of recent points,
 * each stamped with the time it arrived.
 */
export interface LaserPoint {
  /** Board coordinates, so the dot lands on the same note whatever each window's camera. */
  x: number;
  y: number;
  at: number;
}

export const LASER_TRAIL_MS = 350;
export const LASER_TRAIL_POINTS = 24;

/** Adds a point and drops those older than the trail or beyond its length. */
export function pushLaserPoint(trail: readonly LaserPoint[], point: LaserPoint): LaserPoint[] {
  const kept = trail.filter((p) => point.at - p.at <= LASER_TRAIL_MS && p.at <= point.at);
  kept.push(point);
  return kept.slice(-LASER_TRAIL_POINTS);
}

export function pruneLaserTrail(trail: readonly LaserPoint[], now: number): LaserPoint[] {
  const kept = trail.filter((p) => now - p.at <= LASER_TRAIL_MS);
  return kept.length === trail.length ? (trail as LaserPoint[]) : kept;
}

/** 1 for the newest point, fading towards 0 at the end of the trail. */
export function laserOpacity(point: LaserPoint, now: number): number {
  return Math.max(0, Math.min(1, 1 - (now - point.at) / LASER_TRAIL_MS));
}
