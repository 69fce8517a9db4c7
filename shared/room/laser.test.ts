import { describe, expect, it } from 'vitest';
import { LASER_TRAIL_MS, LASER_TRAIL_POINTS, laserOpacity, pruneLaserTrail, pushLaserPoint, type LaserPoint } from './laser';

describe('laser trail', () => {
  it('keeps only recent points, newest last, at most the trail length', () => {
    let trail: LaserPoint[] = [];
    for (let i = 0; i < 100; i++) trail = pushLaserPoint(trail, { x: i, y: i, at: i * 5 });
    expect(trail.length).toBe(LASER_TRAIL_POINTS);
    expect(trail.at(-1)).toEqual({ x: 99, y: 99, at: 495 });
    trail = pushLaserPoint(trail, { x: 0, y: 0, at: 495 + LASER_TRAIL_MS + 1 });
    expect(trail).toHaveLength(1);
  });

  it('fades out and is pruned after the trail time', () => {
    const p = { x: 0, y: 0, at: 1000 };
    expect(laserOpacity(p, 1000)).toBe(1);
    expect(laserOpacity(p, 1000 + LASER_TRAIL_MS / 2)).toBeCloseTo(0.5);
    expect(laserOpacity(p, 5000)).toBe(0);
    const trail = [p];
    expect(pruneLaserTrail(trail, 1100)).toBe(trail);
    expect(pruneLaserTrail(trail, 1000 + LASER_TRAIL_MS + 1)).toEqual([]);
  });
});
