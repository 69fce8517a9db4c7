/**
 * What the board's four Konva layers draw. Each layer holds ONE shape (declared with react-konva
 * in renderer/board/BoardCanvas.tsx) whose sceneFunc calls drawLayer: Konva gives us layered
 * canvases, pixel ratio and transforms, while the picture comes from the board painter
 * (../paint/paintBoard), as for the projector and the exports. Nothing listens for Konva
 * events; hit-testing is arithmetic on the scene (../scene/hitTest).
 *
 *   grid    the paper and headers; redrawn when the structure or the camera changes
 *   notes   every visible note and line, minus the ones being dragged
 *   drag    the notes being dragged or resized, redrawn per pointer frame (few notes)
 *   overlay selection, handles, marquee, previews
 */
import Konva from 'konva/lib/Core';
import type { Id, Point, Rect } from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import { detailForZoom, type NoteDetail } from '../draw/detail';
import type { ConnectorItem } from '../draw/drawConnector';
import type { NoteItem } from '../draw/drawNote';
import { offsetRect } from '../draw/geometry';
import { measureWithCanvas, noteTextLayouts } from '../draw/measure';
import { paintBoard, type BoardLayer, type PaintOptions, type PaintSource, type PaintedBoard } from '../paint/paintBoard';
import { visibleBoardRect } from '../../../shared/camera/camera';
import { BitmapCache } from './bitmapCache';
import { drawOverlay } from './drawOverlay';
import type { RenderState } from './renderState';

export type LayerName = 'grid' | 'notes' | 'drag' | 'overlay';
export const LAYER_NAMES: readonly LayerName[] = ['grid', 'notes', 'drag', 'overlay'];

/** The painter's layers each Konva layer shows: the sheet alone, everything on it, the overlay. */
const GRID: readonly BoardLayer[] = ['grid'];
const CONTENT: readonly BoardLayer[] = ['underlay', 'lines', 'notes', 'labels'];
const MOVING: readonly BoardLayer[] = ['lines', 'notes', 'labels'];
const OVERLAY: readonly BoardLayer[] = ['overlay'];

function raw(context: Konva.Context): Canvas2D {
  return context._context;
}

function paintedBoard(state: RenderState, source: PaintSource = state.scene): PaintedBoard | null {
  const doc = state.board().doc;
  return doc ? { doc, source, measure: measureWithCanvas, layouts: noteTextLayouts } : null;
}

/** The options every layer shares: the live camera, the theme, what the editors show instead. */
function screenOptions(state: RenderState, view: Rect, layers: readonly BoardLayer[]): PaintOptions {
  const editing = state.board().editing;
  return {
    theme: state.theme(),
    zoom: state.camera().zoom,
    view,
    layers,
    controls: true,
    hidden: {
      titleId: editing?.kind === 'phaseTitle' || editing?.kind === 'laneTitle' ? editing.id : null,
      noteTextId: editing?.kind === 'note' ? editing.id : null,
      labelId: editing?.kind === 'connectorLabel' ? editing.id : null,
    },
    decorations: state.decorations,
    veil: true,
    redraw: () => state.invalidate('notes'),
  };
}

function view(state: RenderState): Rect {
  return visibleBoardRect(state.camera(), state.size());
}

function drawGridLayer(ctx: Canvas2D, state: RenderState): void {
  const board = paintedBoard(state);
  if (board) paintBoard(ctx, board, screenOptions(state, view(state), GRID));
}

/** Notes being dragged or resized are drawn on the drag layer instead. */
function movingIds(state: RenderState): ReadonlySet<Id> | undefined {
  const { drag, resize } = state.transient;
  if (drag) return drag.ids;
  if (resize) return new Set([resize.id]);
  return undefined;
}

/**
 * Notes and lines inside `area` (the visible board, or the larger area of a cached bitmap).
 * `detail` can lower the level of detail for a picture drawn while the camera moves.
 */
function drawNotesIn(ctx: Canvas2D, state: RenderState, area: Rect, detail: NoteDetail = detailForZoom(state.camera().zoom)): void {
  const board = paintedBoard(state);
  if (board) paintBoard(ctx, board, { ...screenOptions(state, area, CONTENT), detail, skip: movingIds(state) });
}

const notesBitmap = new BitmapCache();
/** Above this many visible notes, camera frames come from the bitmap even zoomed in. */
const CACHE_FROM_NOTES = 30;
/** Above this many notes in the bitmap, their text is drawn as lines while the camera moves. */
const CACHE_TEXT_NOTES = 160;
/** Above this many, notes in the bitmap are plain blocks while the camera moves. */
const CACHE_BLOCK_NOTES = 1500;

function drawNotesLayer(ctx: Canvas2D, state: RenderState): void {
  const camera = state.camera();
  const visible = view(state);
  // Only the camera moved and more than a handful of notes show: blit the cached picture.
  // Anything else (a change, the gesture's end, a few notes zoomed in) draws directly, sharp.
  const many = () => detailForZoom(camera.zoom) !== 'full' || state.scene.visibleNotes(visible).length > CACHE_FROM_NOTES;
  if (state.onlyCameraMoved() && many()) {
    notesBitmap.draw(ctx, visible, camera.zoom, Konva.pixelRatio, (cache, area) => {
      // Thousands of glyphs (or of text lines) are the slowest thing a software canvas draws:
      // a crowded picture shows text as grey lines, or leaves it out, until the gesture ends.
      const count = state.scene.visibleNotes(area).length;
      const natural = detailForZoom(camera.zoom);
      const detail = count > CACHE_BLOCK_NOTES ? 'block' : natural === 'full' && count > CACHE_TEXT_NOTES ? 'lines' : natural;
      drawNotesIn(cache, state, area, detail);
    });
    return;
  }
  notesBitmap.invalidate();
  drawNotesIn(ctx, state, visible);
}

/** The notes being dragged or resized and their lines, where the gesture shows them now. */
function movingSource(state: RenderState, ids: ReadonlySet<Id>): PaintSource {
  const { drag, resize } = state.transient;
  const { scene } = state;
  const offsets = new Map<Id, Point>();
  const connectorIds = new Set<Id>();
  for (const id of ids) {
    if (drag) offsets.set(id, { x: drag.dx, y: drag.dy });
    for (const c of scene.connectorIdsOf(id)) connectorIds.add(c);
  }
  const lines: ConnectorItem[] = [];
  for (const id of connectorIds) {
    const item = scene.connectorItem(id, offsets);
    if (!item) continue;
    if (resize) {
      if (item.connector.from === resize.id) item.from = resize.rect;
      if (item.connector.to === resize.id) item.to = resize.rect;
    }
    lines.push(item);
  }
  // Only the moving notes, in their draw order: no pass over the whole board per frame.
  const notes: NoteItem[] = [];
  if (resize) {
    const item = scene.note(resize.id);
    if (item) notes.push({ note: { ...item.note, width: resize.rect.width, height: resize.rect.height }, rect: resize.rect });
  } else if (drag) {
    for (const s of [...ids].map((id) => scene.note(id)).filter((s) => s !== undefined).sort((a, b) => a.order - b.order)) {
      notes.push({ note: s.note, rect: offsetRect(s.rect, drag.dx, drag.dy) });
    }
  }
  return { layout: scene.layout, visibleNotes: () => notes, visibleConnectors: () => lines };
}

function drawDragLayer(ctx: Canvas2D, state: RenderState): void {
  const ids = movingIds(state);
  if (!ids) return;
  const board = paintedBoard(state, movingSource(state, ids));
  if (!board) return;
  // A note being resized shows its text reflowing, at any zoom.
  const detail = state.transient.resize ? 'full' : detailForZoom(state.camera().zoom);
  paintBoard(ctx, board, { ...screenOptions(state, view(state), MOVING), detail, hidden: undefined });
}

function drawOverlayLayer(ctx: Canvas2D, state: RenderState): void {
  const board = paintedBoard(state);
  if (board) paintBoard(ctx, board, { ...screenOptions(state, view(state), OVERLAY), overlays: [() => drawOverlay(ctx, state)] });
}

/** Whether a layer would draw anything now; the grid and notes layers always do. */
export function layerHasContent(name: LayerName, state: RenderState): boolean {
  const t = state.transient;
  if (name === 'drag') return t.drag !== null || t.resize !== null;
  if (name !== 'overlay') return true;
  const b = state.board();
  return (
    b.selectedNoteIds.size > 0 ||
    b.selectedConnectorIds.size > 0 ||
    b.selectedCell !== null ||
    t.drag !== null ||
    t.marquee !== null ||
    t.connect !== null ||
    t.headerMove !== null ||
    t.hoverNoteId !== null ||
    t.hoverEdge !== null
  );
}

const DRAWERS: Record<LayerName, (ctx: Canvas2D, state: RenderState) => void> = {
  grid: drawGridLayer,
  notes: drawNotesLayer,
  drag: drawDragLayer,
  overlay: drawOverlayLayer,
};

/** Draws one layer into the Konva context of its one shape (the board declares the stage and layers). */
export function drawLayer(name: LayerName, context: Konva.Context, state: RenderState): void {
  DRAWERS[name](raw(context), state);
}
