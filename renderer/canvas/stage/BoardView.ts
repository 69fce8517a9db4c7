/**
 * The board's canvas: the Konva stage and four layers (./layers) that the board declares with
 * react-konva, driven by the store without React. A store change re-syncs the scene incrementally and redraws only the layers it
 * touches; the camera lives here while a gesture runs, is applied to the stage once per
 * animation frame however many wheel or pointer events arrive, and is committed to the store
 * when the gesture settles.
 */
import Konva from 'konva/lib/Core';
import { notePosition, type Point } from '../../../shared/model';
import type { BoardState, BoardStore } from '../../store/store';
import { detailForZoom } from '../draw/detail';
import { forgetMeasurements } from '../draw/measure';
import { boardTheme, type BoardTheme } from '../draw/theme';
import { Scene } from '../scene/scene';
import { fitRect, sameCamera, screenToBoard, type Camera, type Viewport } from '../../../shared/camera/camera';
import { decorationBounds, type BoardDecoration } from '../paint/decoration';
import { LAYER_NAMES, drawLayer, layerHasContent, type LayerName } from './layers';
import { emptyPaintStats, recordPaint } from './paintStats';
import type { RenderState } from './renderState';
import { emptyTransient } from './transient';
import { warmUpLayouts } from './layoutWarmUp';

// We decide when to draw: once per animation frame, only the layers that changed.
Konva.autoDrawEnabled = false;

/**
 * A wheel or pinch gesture counts as over after this long without events (a trackpad sends
 * one every 16 ms); then the camera is committed and the notes are drawn sharp again, well
 * within issue 8's 100 ms from the last input to the last frame.
 */
const SETTLE_MS = 40;

export type ViewEvent = 'frame' | 'scene';
export type CameraCommit = 'settle' | 'now';

/** Where editing a note zoomed out (text drawn as lines) brings the view. */
const EDIT_ZOOM = 0.75;

const FONT_FACES = ["400 32px 'Caveat'", "700 34px 'Caveat'", "400 28px 'Inter'", "600 24px 'Inter'"];

export interface BoardViewOptions {
  /** What other features draw on the board (method badges, room marks), injected by the app. */
  decorations: readonly BoardDecoration[];
  /** The stage and its four layers, declared by the component that mounts the board. */
  stage: Konva.Stage;
  layers: Record<LayerName, Konva.Layer>;
}

export class BoardView implements RenderState {
  readonly scene: Scene;
  readonly decorations: readonly BoardDecoration[];
  readonly transient = emptyTransient();
  /** When the board last drew (read by the test hook for the benchmark). */
  readonly paints = emptyPaintStats();
  private readonly stage: Konva.Stage;
  private readonly layers: Record<LayerName, Konva.Layer>;
  private live: Camera;
  private viewSize: Viewport;
  private readonly dirty = new Set<LayerName>();
  private cameraMoved = true;
  /** The notes layer must be drawn from the data this frame, not from the camera cache. */
  private notesChanged = true;
  private cameraOnlyFrame = false;
  private frameId = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerScreen: Point | null = null;
  private readonly listeners = new Map<ViewEvent, Set<() => void>>();
  private readonly cleanups: (() => void)[] = [];
  private destroyed = false;

  constructor(
    readonly container: HTMLDivElement,
    readonly store: BoardStore,
    options: BoardViewOptions,
  ) {
    this.decorations = options.decorations;
    this.scene = new Scene((doc) => decorationBounds(this.decorations, doc));
    this.viewSize = { width: Math.max(1, options.stage.width()), height: Math.max(1, options.stage.height()) };
    this.live = store.getState().camera;
    this.scene.sync(store.getState().doc);
    this.stage = options.stage;
    this.layers = options.layers;
    this.cleanups.push(store.subscribe((state, prev) => this.onStore(state, prev)));
    this.watchFonts();
    for (const decoration of this.decorations) {
      const off = decoration.watch?.(() => this.invalidate('notes', 'drag'));
      if (off) this.cleanups.push(off);
    }
    if (store.getState().doc) this.fitOnOpen();
    this.cleanups.push(warmUpLayouts(this));
    this.invalidate();
  }

  /** The sceneFunc of a layer's one shape. */
  drawLayer(name: LayerName, context: Konva.Context): void {
    if (!this.destroyed) drawLayer(name, context, this);
  }

  // RenderState
  camera(): Camera {
    return this.live;
  }
  size(): Viewport {
    return this.viewSize;
  }
  theme(): BoardTheme {
    const s = this.store.getState();
    return boardTheme({ font: s.boardFont, palette: s.paletteName });
  }
  board(): BoardState {
    return this.store.getState();
  }

  /** Marks layers for redraw at the next animation frame (all when none are named). */
  invalidate(...names: LayerName[]): void {
    if (!names.length || names.includes('notes')) this.notesChanged = true;
    this.requestFrame(names.length ? names : LAYER_NAMES);
  }

  private requestFrame(names: readonly LayerName[]): void {
    for (const name of names) this.dirty.add(name);
    if (!this.frameId && !this.destroyed) this.frameId = requestAnimationFrame(() => this.frame());
  }

  onlyCameraMoved(): boolean {
    return this.cameraOnlyFrame;
  }

  /**
   * Moves the camera. 'settle' commits to the store once the gesture pauses (wheel, pinch);
   * 'now' commits at once (buttons, keys, the end of a drag-pan).
   */
  setCamera(camera: Camera, commit: CameraCommit): void {
    this.live = camera;
    this.cameraMoved = true;
    this.requestFrame(LAYER_NAMES);
    clearTimeout(this.settleTimer);
    if (commit === 'now') this.commitCamera();
    else this.settleTimer = setTimeout(() => this.commitCamera(), SETTLE_MS);
  }

  commitCamera(): void {
    clearTimeout(this.settleTimer);
    // The gesture is over: draw the notes sharp again instead of from the camera cache.
    this.invalidate('notes');
    this.store.getState().setCamera(this.live);
    this.live = this.store.getState().camera; // clamped
  }

  /** Called once the stage has taken its new size (the component that declares it sets that). */
  resize(width: number, height: number): void {
    if (width < 1 || height < 1) return;
    if (width === this.viewSize.width && height === this.viewSize.height) return;
    this.viewSize = { width, height };
    this.cameraMoved = true;
    this.invalidate();
  }

  /** The last pointer position over the canvas, in screen pixels relative to it. */
  setPointer(screen: Point | null): void {
    this.pointerScreen = screen;
  }
  pointer(): Point | null {
    return this.pointerScreen ? screenToBoard(this.live, this.pointerScreen) : null;
  }
  toBoard(screen: Point): Point {
    return screenToBoard(this.live, screen);
  }

  on(event: ViewEvent, listener: () => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.frameId);
    clearTimeout(this.settleTimer);
    for (const cleanup of this.cleanups) cleanup();
  }

  private emit(event: ViewEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  private frame(): void {
    this.frameId = 0;
    if (this.destroyed) return;
    const moved = this.cameraMoved;
    this.cameraOnlyFrame = moved && !this.notesChanged;
    this.notesChanged = false;
    if (moved) {
      this.stage.position({ x: this.live.x, y: this.live.y });
      this.stage.scale({ x: this.live.zoom, y: this.live.zoom });
      this.cameraMoved = false;
    }
    for (const name of LAYER_NAMES) {
      // An empty layer is hidden rather than cleared: one canvas less to fill and composite
      // in every camera frame. It is drawn again when it shows.
      const layer = this.layers[name];
      const shown = layerHasContent(name, this);
      if (layer.visible() !== shown) {
        layer.visible(shown);
        if (shown) this.dirty.add(name);
      }
      // drawScene, not draw: no layer listens, so there is no hit graph to draw.
      if (shown && this.dirty.has(name)) layer.drawScene();
    }
    if (this.dirty.size) recordPaint(this.paints, this.dirty.has('notes') && this.scene.noteCount > 0);
    this.dirty.clear();
    if (moved) this.emit('frame');
  }

  private fitOnOpen(): void {
    const camera = fitRect(this.scene.bounds(), this.viewSize, { maxZoom: 1, margin: 32 });
    this.live = camera;
    this.cameraMoved = true;
    this.store.getState().setCamera(camera);
  }

  private onStore(state: BoardState, prev: BoardState): void {
    if (state.doc !== prev.doc) {
      const prevDoc = this.scene.doc;
      this.scene.sync(state.doc);
      const doc = state.doc;
      if (!prevDoc || !doc || prevDoc.phases !== doc.phases || prevDoc.lanes !== doc.lanes || prevDoc.title !== doc.title) {
        this.invalidate('grid');
      }
      this.invalidate('notes', 'drag', 'overlay');
      if (doc && doc.id !== prevDoc?.id) this.fitOnOpen();
      this.pruneSelection(state);
      this.emit('scene');
    }
    if (
      state.selectedNoteIds !== prev.selectedNoteIds ||
      state.selectedConnectorIds !== prev.selectedConnectorIds ||
      state.selectedCell !== prev.selectedCell
    ) {
      this.invalidate('overlay');
    }
    if (state.editing !== prev.editing) {
      this.invalidate('grid', 'notes');
      this.bringEditedNoteCloser(state);
    }
    if (state.boardFont !== prev.boardFont || state.paletteName !== prev.paletteName) {
      this.invalidate();
      this.emit('scene');
    }
    if (state.camera !== prev.camera && !sameCamera(state.camera, this.live)) {
      // Moved from outside a gesture: an action, zoom buttons, the minimap.
      clearTimeout(this.settleTimer);
      this.live = state.camera;
      this.cameraMoved = true;
      this.invalidate();
    }
  }

  /**
   * Editing a note whose text is too small to read (zoomed far out) first zooms in on it: a
   * facilitator cannot type into a note a few pixels wide.
   */
  private bringEditedNoteCloser(state: BoardState): void {
    const editing = state.editing;
    if (detailForZoom(this.live.zoom) === 'full' || (editing?.kind !== 'note' && editing?.kind !== 'newNote')) return;
    const note = editing.kind === 'note' ? this.scene.note(editing.id)?.rect : null;
    const at = note ?? (editing.kind === 'newNote' ? notePosition(editing.note, this.scene.layout) : null);
    if (!at) return;
    const size = editing.kind === 'newNote' ? editing.note : (note ?? { width: 0, height: 0 });
    const centre = { x: at.x + size.width / 2, y: at.y + size.height / 2 };
    const zoom = EDIT_ZOOM;
    this.setCamera({ zoom, x: this.viewSize.width / 2 - centre.x * zoom, y: this.viewSize.height / 2 - centre.y * zoom }, 'now');
  }

  /** After undo or a delete, the selection must not point at notes that are gone. */
  private pruneSelection(state: BoardState): void {
    const doc = state.doc;
    if (!doc) return;
    const notes = [...state.selectedNoteIds].filter((id) => doc.notes[id]);
    const lines = [...state.selectedConnectorIds].filter((id) => doc.connectors[id]);
    if (notes.length !== state.selectedNoteIds.size || lines.length !== state.selectedConnectorIds.size) {
      queueMicrotask(() => this.store.getState().select(notes, lines));
    }
  }

  private watchFonts(): void {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts) return;
    const refresh = () => {
      forgetMeasurements();
      this.invalidate();
      this.emit('scene');
    };
    fonts.addEventListener('loadingdone', refresh);
    this.cleanups.push(() => fonts.removeEventListener('loadingdone', refresh));
    void Promise.all(FONT_FACES.map((f) => fonts.load(f))).then(() => !this.destroyed && refresh(), () => undefined);
  }
}
