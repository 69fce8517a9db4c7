import { describe, expect, it } from 'vitest';
import { centredIn, diffDisplays, pickProjectorDisplay, toDisplayInfo, type DisplayLike } from './displays';

const display = (id: number, x: number, width: number, height: number, extra: Partial<DisplayLike> = {}): DisplayLike => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 25, width, height: height - 25 },
  ...extra,
});

const laptop = display(1, 0, 1440, 900, { internal: true, label: 'Built-in Retina Display' });
const projector = display(2, 1440, 1920, 1080, { label: 'EPSON PJ' });
const monitor = display(3, -2560, 2560, 1440);

describe('projector display choice', () => {
  it('picks the external display, full screen', () => {
    expect(pickProjectorDisplay([laptop, projector], 1, null)).toEqual({ display: projector, fullScreen: true });
  });

  it('honours the display the facilitator chose while it is connected', () => {
    expect(pickProjectorDisplay([laptop, projector, monitor], 1, 3)).toEqual({ display: monitor, fullScreen: true });
    expect(pickProjectorDisplay([laptop, projector], 1, 3)).toEqual({ display: projector, fullScreen: true });
  });

  it('prefers a display known not to be built in, then the largest', () => {
    const dockedLaptop = display(4, 0, 1440, 900, { internal: true });
    expect(pickProjectorDisplay([monitor, dockedLaptop, projector], 3, null)!.display.id).toBe(2);
    expect(pickProjectorDisplay([laptop, projector, monitor], 1, null)!.display.id).toBe(3);
  });

  it('opens as a normal window on the only display, or on the primary when asked', () => {
    expect(pickProjectorDisplay([laptop], 1, null)).toEqual({ display: laptop, fullScreen: false });
    expect(pickProjectorDisplay([laptop, projector], 1, 1)).toEqual({ display: laptop, fullScreen: false });
  });

  it('has nothing to pick without displays', () => {
    expect(pickProjectorDisplay([], 1, null)).toBeNull();
  });

  it('copes with a primary id missing from the list', () => {
    expect(pickProjectorDisplay([laptop, projector], 99, null)).toEqual({ display: projector, fullScreen: true });
  });
});

describe('display changes', () => {
  it('detects an unplugged and a plugged-in display', () => {
    expect(diffDisplays([laptop, projector], [laptop])).toEqual({ added: [], removed: [projector] });
    expect(diffDisplays([laptop], [laptop, projector])).toEqual({ added: [projector], removed: [] });
    expect(diffDisplays([laptop, projector], [laptop, projector])).toEqual({ added: [], removed: [] });
  });

  it('describes displays for the renderer, naming unnamed ones by size', () => {
    expect(toDisplayInfo([laptop, monitor], 1)).toEqual([
      { id: 1, label: 'Built-in Retina Display', width: 1440, height: 900, primary: true },
      { id: 3, label: '2560 × 1440', width: 2560, height: 1440, primary: false },
    ]);
  });

  it('centres a window in a work area, shrinking it to fit', () => {
    expect(centredIn({ x: 100, y: 0, width: 1000, height: 800 }, 800, 600)).toEqual({ x: 200, y: 100, width: 800, height: 600 });
    expect(centredIn({ x: 0, y: 0, width: 640, height: 480 }, 800, 600)).toEqual({ x: 0, y: 0, width: 640, height: 480 });
  });
});
