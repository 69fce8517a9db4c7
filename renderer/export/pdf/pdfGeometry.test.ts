import { describe, expect, it } from 'vitest';
import { parseCssColour } from './cssColour';
import { arcToBeziers, arcToPoints, multiply } from './pdfGeometry';
import { parseCssFont } from './pdfFonts';

describe('PDF adapter geometry and styles', () => {
  it('composes transforms like canvas', () => {
    const flip = multiply([1, 0, 0, -1, 0, 100], [2, 0, 0, 2, 10, 10]);
    expect(flip).toEqual([2, 0, 0, -2, 10, 90]);
  });

  it('draws a full circle as four quarter curves that end where they start', () => {
    const arc = arcToBeziers(0, 0, 10, 0, Math.PI * 2, false);
    expect(arc.segments).toHaveLength(4);
    const end = arc.segments[3]!;
    expect(end[4]).toBeCloseTo(10);
    expect(end[5]).toBeCloseTo(0);
    // Clockwise on screen: the first quarter passes through (0, 10).
    expect(arc.segments[0]![5]).toBeCloseTo(10);
  });

  it('rounds a corner with arcTo between the two tangent points', () => {
    const corner = arcToPoints([0, 0], [10, 0], [10, 10], 2)!;
    expect(corner.start[0]).toBeCloseTo(8);
    expect(corner.centre[0]).toBeCloseTo(8);
    expect(corner.centre[1]).toBeCloseTo(2);
    expect(arcToPoints([0, 0], [10, 0], [20, 0], 2)).toBeNull();
  });

  it('reads the colours and fonts the painter writes', () => {
    expect(parseCssColour('#fff')).toEqual({ r: 1, g: 1, b: 1, a: 1 });
    expect(parseCssColour('rgba(255, 0, 0, 0.5)')).toEqual({ r: 1, g: 0, b: 0, a: 0.5 });
    expect(parseCssColour('#00000080').a).toBeCloseTo(0.5, 2);
    expect(parseCssFont("600 24px 'Inter', system-ui, sans-serif")).toEqual({ size: 24, faces: ['inter-600'] });
    expect(parseCssFont("400 32px 'Caveat', 'Inter', cursive")).toEqual({ size: 32, faces: ['caveat-400', 'inter-400'] });
    expect(parseCssFont("bold 12.5px 'Caveat'").faces[0]).toBe('caveat-700');
  });
});
