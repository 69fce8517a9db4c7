/**
 * Read-only answers about where things are drawn on screen, for the test hook: end-to-end
 * tests point at a note or a header with real mouse events and need its page coordinates.
 */
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type Id, type Rect } from '../../../shared/model';
import { boardStore } from '../../store/store';
import { connectorEndpoints } from '../draw/geometry';
import { activeView } from './activeView';
import type { PaintStats } from './paintStats';

function toClient(rect: Rect): Rect | null {
  const view = activeView();
  if (!view) return null;
  const box = view.container.getBoundingClientRect();
  const { x, y, zoom } = view.camera();
  return { x: box.left + rect.x * zoom + x, y: box.top + rect.y * zoom + y, width: rect.width * zoom, height: rect.height * zoom };
}

export interface BoardProbe {
  noteClientRect(id: Id): Rect | null;
  phaseHeaderClientRect(id: Id): Rect | null;
  laneHeaderClientRect(id: Id): Rect | null;
  connectorClientMidpoint(id: Id): { x: number; y: number } | null;
  boardToClient(x: number, y: number): { x: number; y: number } | null;
  canvasClientRect(): Rect | null;
  liveCamera(): { x: number; y: number; zoom: number } | null;
  selectedConnectorIds(): string[];
  editing(): string | null;
  canRedo(): boolean;
  boardLook(): { font: string; palette: string };
  /** When the open board last drew (the benchmark's paint signal); null without a board. */
  paintStats(): PaintStats | null;
}

export const boardProbe: BoardProbe = {
  noteClientRect: (id) => {
    const item = activeView()?.scene.note(id);
    return item ? toClient(item.rect) : null;
  },
  phaseHeaderClientRect: (id) => {
    const c = activeView()?.scene.layout.columnById.get(id);
    return c ? toClient({ x: c.x, y: 0, width: c.width, height: PHASE_HEADER_HEIGHT }) : null;
  },
  laneHeaderClientRect: (id) => {
    const r = activeView()?.scene.layout.rowById.get(id);
    return r ? toClient({ x: 0, y: r.y, width: LANE_HEADER_WIDTH, height: r.height }) : null;
  },
  connectorClientMidpoint: (id) => {
    const item = activeView()?.scene.connectorItem(id);
    const ends = item && connectorEndpoints(item.from, item.to);
    if (!ends) return null;
    const r = toClient({ x: (ends.start.x + ends.end.x) / 2, y: (ends.start.y + ends.end.y) / 2, width: 0, height: 0 });
    return r && { x: r.x, y: r.y };
  },
  boardToClient: (x, y) => {
    const r = toClient({ x, y, width: 0, height: 0 });
    return r && { x: r.x, y: r.y };
  },
  canvasClientRect: () => {
    const box = activeView()?.container.getBoundingClientRect();
    return box ? { x: box.left, y: box.top, width: box.width, height: box.height } : null;
  },
  liveCamera: () => {
    const view = activeView();
    return view ? { ...view.camera() } : null;
  },
  selectedConnectorIds: () => [...boardStore.getState().selectedConnectorIds],
  editing: () => boardStore.getState().editing?.kind ?? null,
  canRedo: () => boardStore.temporal.getState().futureStates.length > 0,
  boardLook: () => ({ font: boardStore.getState().boardFont, palette: boardStore.getState().paletteName }),
  paintStats: () => {
    const paints = activeView()?.paints;
    return paints ? { ...paints, recent: [...paints.recent] } : null;
  },
};
