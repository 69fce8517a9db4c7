/** Where the grid's own controls sit, shared by drawing and hit-testing. */
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type GridLayout, type Rect } from '../model';

export const ADD_BUTTON = { phaseWidth: 64, laneHeight: 56, gap: 12 } as const;

/** The "+" tab after the last phase header. */
export function addPhaseButtonRect(layout: GridLayout): Rect {
  return { x: layout.right + ADD_BUTTON.gap, y: 0, width: ADD_BUTTON.phaseWidth, height: PHASE_HEADER_HEIGHT };
}

/** The "+" tab under the last lane header. */
export function addLaneButtonRect(layout: GridLayout): Rect {
  return { x: 0, y: layout.bottom + ADD_BUTTON.gap, width: LANE_HEADER_WIDTH, height: ADD_BUTTON.laneHeight };
}

export function phaseHeaderRect(layout: GridLayout, index: number): Rect | null {
  const c = layout.columns[index];
  return c ? { x: c.x, y: 0, width: c.width, height: PHASE_HEADER_HEIGHT } : null;
}

export function laneHeaderRect(layout: GridLayout, index: number): Rect | null {
  const r = layout.rows[index];
  return r ? { x: 0, y: r.y, width: LANE_HEADER_WIDTH, height: r.height } : null;
}
