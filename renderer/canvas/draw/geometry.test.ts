import { describe, expect, it } from 'vitest';
import { connectorEndpoints, distanceToSegment, pointOnRectEdge, rectFromPoints } from './geometry';

describe('geometry', () => {
  const a = { x: 0, y: 0, width: 100, height: 100 };
  const b = { x: 300, y: 0, width: 100, height: 100 };

  it('runs a line from edge to edge between two notes', () => {
    expect(connectorEndpoints(a, b)).toEqual({ start: { x: 100, y: 50 }, end: { x: 300, y: 50 } });
    expect(pointOnRectEdge(a, { x: 50, y: 1000 })).toEqual({ x: 50, y: 100 });
  });

  it('draws nothing between overlapping notes', () => {
    expect(connectorEndpoints(a, { x: 10, y: 10, width: 100, height: 100 })).toBeNull();
  });

  it('measures the distance to a segment, clamped to its ends', () => {
    expect(distanceToSegment({ x: 50, y: 10 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(10);
    expect(distanceToSegment({ x: -30, y: 40 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(50);
  });

  it('normalises a marquee dragged up and left', () => {
    expect(rectFromPoints({ x: 10, y: 10 }, { x: 0, y: 5 })).toEqual({ x: 0, y: 5, width: 10, height: 5 });
  });
});
