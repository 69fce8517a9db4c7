import { describe, expect, it } from 'vitest';
import { computeGridLayout } from '../model/grid';
import { visibleBoardRect } from './camera';
import { projectorCamera } from './projectorCamera';
import { roomTestDoc } from './testJourney';

describe('projector camera', () => {
  const { doc } = roomTestDoc();
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const projector = { width: 1920, height: 1080 };

  it('follows the facilitator, scaled to the projector', () => {
    const cam = projectorCamera({ mode: 'follow', camera: { x: 0, y: 0, zoom: 1 }, viewport: { width: 960, height: 540 } }, layout, projector);
    expect(cam).toEqual({ x: 0, y: 0, zoom: 2 });
  });

  it('frames a chosen phase by itself, whatever the facilitator does', () => {
    const phase = layout.columns[1]!;
    const shown = visibleBoardRect(projectorCamera({ mode: 'phase', phaseId: phase.id }, layout, projector), projector);
    expect(shown.x).toBeLessThanOrEqual(phase.x);
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(phase.x + phase.width);
    const whole = visibleBoardRect(projectorCamera({ mode: 'phase', phaseId: null }, layout, projector), projector);
    expect(whole.width).toBeGreaterThanOrEqual(layout.right);
  });
});
