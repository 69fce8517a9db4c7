/**
 * The board's four Konva layers, each holding ONE shape whose sceneFunc draws with the plain
 * Canvas2D functions in ../draw: Konva gives us layered canvases, pixel ratio and transforms,
 * while the drawing stays a function of data that the exporter can call too. Nothing listens
 * for Konva events; hit-testing is arithmetic on the scene (../scene/hitTest).
 *
 *   grid    the paper and headers; redrawn when the structure or the camera changes
 *   notes   every visible note and line, minus the ones being dragged
 *   drag    the notes being dragged or resized, redrawn per pointer frame (few notes)
 *   overlay selection, handles, marquee, previews
 */
import Konva from 'konva/lib/Core';
import type { Id, Point, Rect } from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import { detailForZoom } from '../draw/detail';
import { drawConnectors, type ConnectorItem } from '../draw/drawConnector';
import { drawGrid } from '../draw/drawGrid';
import { drawNote, drawNotes, type NoteDrawContext } from '../draw/drawNote';
import { offsetRect } from '../draw/geometry';
import { measureWithCanvas, noteTextLayouts } from '../draw/measure';
import { visibleRect } from './camera';
import { BitmapCache } from './bitmapCache';
import { BOARD_DECORATIONS, type DecorationInput } from './decorations';
import { drawOverlay } from './drawOverlay';
import type { RenderState } from './renderState';

export type LayerName = 'grid' | 'notes' | 'drag' | 'overlay';
export const LAYER_NAMES: readonly LayerName[] = ['grid', 'notes', 'drag', 'overlay'];

function raw(context: Konva.Context): Canvas2D {
  return context._context;
}

function drawGridLayer(ctx: Canvas2D, state: RenderState): void {
  const board = state.board();
  const doc = board.doc;
  if (!doc) return;
  const editing = board.editing;
  drawGrid(ctx, {
    layout: state.scene.layout,
    phases: doc.phases,
    lanes: doc.lanes,
    title: doc.title,
    zoom: state.camera().zoom,
    theme: state.theme(),
    measure: measureWithCanvas,
    hiddenTitleId: editing?.kind === 'phaseTitle' || editing?.kind === 'laneTitle' ? editing.id : null,
    showAddButtons: true,
  });
}

/** Notes being dragged or resized are drawn on the drag layer instead. */
function movingIds(state: RenderState): ReadonlySet<Id> | undefined {
  const { drag, resize } = state.transient;
  if (drag) return drag.ids;
  if (resize) return new Set([resize.id]);
  return undefined;
}

function decorationInput(state: RenderState): DecorationInput | null {
  const doc = state.board().doc;
  if (!doc) return null;
  return {
    doc,
    layout: state.scene.layout,
    zoom: state.camera().zoom,
    theme: state.theme(),
    measure: measureWithCanvas,
    redraw: () => state.invalidate('notes'),
  };
}

/** Per-note marks and veils from the decorations, only when any are active. */
function noteExtras(input: DecorationInput | null): Pick<NoteDrawContext, 'decorate' | 'dimmed'> {
  if (!input) return {};
  const painters = BOARD_DECORATIONS.filter((d) => d.note);
  const dimmers = BOARD_DECORATIONS.map((d) => d.dimmed?.()).filter((f) => f !== undefined);
  return {
    decorate: painters.length ? (ctx, note, rect) => painters.forEach((d) => d.note!(ctx, note, rect, input)) : undefined,
    dimmed: dimmers.length ? (note) => dimmers.some((f) => f(note)) : undefined,
  };
}

/**
 * Notes and lines inside `view` (the visible board, or the larger area of a cached bitmap).
 * `detail` can lower the level of detail for a picture drawn while the camera moves.
 */
function drawNotesIn(ctx: Canvas2D, state: RenderState, view: Rect, detail = detailForZoom(state.camera().zoom)): void {
  const camera = state.camera();
  const skip = movingIds(state);
  const editing = state.board().editing;
  const input = decorationInput(state);
  if (input) for (const d of BOARD_DECORATIONS) d.underlay?.(ctx, input);
  drawConnectors(ctx, state.scene.visibleConnectors(view, skip), {
    theme: state.theme(),
    zoom: camera.zoom,
    hiddenLabelId: editing?.kind === 'connectorLabel' ? editing.id : null,
  });
  drawNotes(ctx, state.scene.visibleNotes(view, skip), {
    theme: state.theme(),
    zoom: camera.zoom,
    detail,
    layouts: noteTextLayouts,
    hiddenTextId: editing?.kind === 'note' ? editing.id : null,
    ...noteExtras(input),
  });
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
  const view = visibleRect(camera, state.size());
  // Only the camera moved and more than a handful of notes show: blit the cached picture.
  // Anything else (a change, the gesture's end, a few notes zoomed in) draws directly, sharp.
  const many = () => detailForZoom(camera.zoom) !== 'full' || state.scene.visibleNotes(view).length > CACHE_FROM_NOTES;
  if (state.onlyCameraMoved() && many()) {
    notesBitmap.draw(ctx, view, camera.zoom, Konva.pixelRatio, (cache, area) => {
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
  drawNotesIn(ctx, state, view);
}

function drawDragLayer(ctx: Canvas2D, state: RenderState): void {
  const ids = movingIds(state);
  if (!ids) return;
  const { drag, resize } = state.transient;
  const { scene } = state;
  const offsets = new Map<Id, Point>();
  const connectorIds = new Set<Id>();
  for (const id of ids) {
    if (drag) offsets.set(id, { x: drag.dx, y: drag.dy });
    for (const c of scene.connectorIdsOf(id)) connectorIds.add(c);
  }
  const camera = state.camera();
  const theme = state.theme();
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
  drawConnectors(ctx, lines, { theme, zoom: camera.zoom });
  const dc: NoteDrawContext = { theme, zoom: camera.zoom, detail: detailForZoom(camera.zoom), layouts: noteTextLayouts, ...noteExtras(decorationInput(state)) };
  if (resize) {
    const item = scene.note(resize.id);
    if (item) drawNote(ctx, { ...item.note, width: resize.rect.width, height: resize.rect.height }, resize.rect, { ...dc, detail: 'full' });
    return;
  }
  // Only the dragged notes, in their draw order: no pass over the whole board per frame.
  const items = [...ids]
    .map((id) => scene.note(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ note: s.note, rect: offsetRect(s.rect, drag!.dx, drag!.dy) }));
  drawNotes(ctx, items, dc);
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
  overlay: drawOverlay,
};

export function createLayers(stage: Konva.Stage, state: RenderState): Record<LayerName, Konva.Layer> {
  const layers = {} as Record<LayerName, Konva.Layer>;
  for (const name of LAYER_NAMES) {
    const layer = new Konva.Layer({ listening: false });
    const draw = DRAWERS[name];
    layer.add(
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        shadowForStrokeEnabled: false,
        sceneFunc: (context) => draw(raw(context), state),
      }),
    );
    stage.add(layer);
    layers[name] = layer;
  }
  return layers;
}
