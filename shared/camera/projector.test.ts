import { describe, expect, it } from 'vitest';
import { computeGridLayout } from '../model/grid';
import { visibleBoardRect } from './camera';
import type { RoomState } from '../room/messages';
import { boardArea, projectorCamera, QUESTIONS_PANEL_SHARE } from './projector';
import { roomTestDoc } from '../room/testJourney';

const notPresenting: RoomState['presentation'] = { active: false, phaseId: null, part: 0, parts: 1, step: 0, steps: 1, questions: 'mapping' };

describe('projector camera', () => {
  const { doc } = roomTestDoc();
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const projector = { width: 1920, height: 1080 };

  it('follows the facilitator, scaled to the projector', () => {
    const view = { mode: 'follow' as const, camera: { x: 0, y: 0, zoom: 1 }, viewport: { width: 960, height: 540 } };
    expect(projectorCamera({ view, presentation: notPresenting }, layout, projector)).toEqual({ x: 0, y: 0, zoom: 2 });
  });

  it('frames a chosen phase by itself, whatever the facilitator does', () => {
    const phase = layout.columns[1]!;
    const cam = projectorCamera({ view: { mode: 'phase', phaseId: phase.id }, presentation: notPresenting }, layout, projector);
    const shown = visibleBoardRect(cam, projector);
    expect(shown.x).toBeLessThanOrEqual(phase.x);
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(phase.x + phase.width);
    const whole = visibleBoardRect(projectorCamera({ view: { mode: 'phase', phaseId: null }, presentation: notPresenting }, layout, projector), projector);
    expect(whole.width).toBeGreaterThanOrEqual(layout.right);
  });

  it('keeps the presented phase clear of the guiding questions on the right', () => {
    const phase = layout.columns[2]!;
    const presentation = { ...notPresenting, active: true, phaseId: phase.id };
    const state = { view: { mode: 'frame' as const, rect: { x: phase.x, y: 0, width: phase.width, height: 400 } }, presentation };
    const area = boardArea(state, projector);
    expect(area.width).toBe(Math.round(1920 * (1 - QUESTIONS_PANEL_SHARE)));
    const cam = projectorCamera(state, layout, projector);
    expect((phase.x + phase.width) * cam.zoom + cam.x).toBeLessThanOrEqual(area.width + 1e-6);
    expect(boardArea({ ...state, presentation: { ...presentation, questions: 'none' } }, projector).width).toBe(1920);
    expect(boardArea({ ...state, presentation: { ...presentation, phaseId: null } }, projector).width).toBe(1920);
  });
});
