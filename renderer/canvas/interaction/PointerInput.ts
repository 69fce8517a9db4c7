/**
 * Pointer, wheel and double-click input on the board canvas. A press picks a gesture from what
 * is under the pointer (hit-tested on the scene, not on Konva's hit canvas); hovering only
 * updates the overlay. Wheel events only move the view's camera: the view draws once per
 * animation frame and commits the camera to the store when the wheel stops.
 */
import type { Point } from '../../../shared/model';
import type { ContextTarget } from '../../store/boardUiSlice';
import { hitTest, type Hit } from '../scene/hitTest';
import { wheelZoomFactor, zoomAround } from '../../../shared/camera/camera';
import { marqueeGesture, panGesture } from './boardGestures';
import type { Gesture, GestureEnv, PointerSample } from './gesture';
import { moveHeaderGesture, resizeHeaderGesture } from './headerGestures';
import { connectGesture, moveNotesGesture, resizeNoteGesture } from './noteGestures';

const CURSORS: Partial<Record<Hit['kind'], string>> = {
  phaseEdge: 'col-resize',
  laneEdge: 'row-resize',
  connectHandle: 'crosshair',
  addPhase: 'pointer',
  addLane: 'pointer',
  phaseHeader: 'grab',
  laneHeader: 'grab',
};
const CORNER_CURSORS = { nw: 'nwse-resize', se: 'nwse-resize', ne: 'nesw-resize', sw: 'nesw-resize' } as const;

/** Space in a text field types a space, on a button presses it: only elsewhere is it the hand. */
function ownsSpace(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      target.closest('button, a[href], [role=button], [role=menuitem], [role=tab], [role=dialog]') !== null)
  );
}

export class PointerInput {
  private gesture: Gesture | null = null;
  private spaceHeld = false;
  private readonly el: HTMLElement;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly env: GestureEnv) {
    this.el = env.view.container;
    this.listen(this.el, 'pointerdown', (e) => this.down(e as PointerEvent));
    this.listen(this.el, 'pointermove', (e) => this.moveEvent(e as PointerEvent));
    this.listen(this.el, 'pointerup', (e) => this.upEvent(e as PointerEvent));
    this.listen(this.el, 'pointercancel', () => this.cancel());
    this.listen(this.el, 'pointerleave', () => this.leave());
    this.listen(this.el, 'wheel', (e) => this.wheel(e as WheelEvent), { passive: false });
    this.listen(this.el, 'dblclick', (e) => this.doubleClick(e as MouseEvent));
    this.listen(this.el, 'contextmenu', (e) => this.contextMenu(e as MouseEvent));
    this.listen(window, 'keydown', (e) => this.key(e as KeyboardEvent, true));
    this.listen(window, 'keyup', (e) => this.key(e as KeyboardEvent, false));
    this.listen(window, 'blur', () => this.setSpace(false));
  }

  destroy(): void {
    this.cancel();
    for (const cleanup of this.cleanups) cleanup();
  }

  private listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  private sample(e: MouseEvent): PointerSample {
    const box = this.el.getBoundingClientRect();
    const screen = { x: e.clientX - box.left, y: e.clientY - box.top };
    return { screen, board: this.env.view.toBoard(screen), shift: e.shiftKey, additive: e.shiftKey || e.ctrlKey || e.metaKey };
  }

  private hit(board: Point): Hit {
    const { view, store } = this.env;
    const selected = store.getState().selectedNoteIds;
    const single = selected.size === 1 ? [...selected][0]! : null;
    return hitTest(view.scene, board, {
      zoom: view.camera().zoom,
      selectedNoteIds: selected,
      handleNoteId: view.transient.hoverNoteId ?? single,
    });
  }

  private down(e: PointerEvent): void {
    if (e.button === 2 || this.gesture) return;
    const p = this.sample(e);
    this.env.view.setPointer(p.screen);
    this.env.store.getState().openContextMenu(null);
    this.el.setPointerCapture?.(e.pointerId);
    if (e.button === 1 || this.spaceHeld) {
      e.preventDefault();
      this.gesture = panGesture(this.env, p);
      return;
    }
    if (e.button !== 0) return;
    this.gesture = this.gestureFor(this.hit(p.board), p);
  }

  private gestureFor(hit: Hit, p: PointerSample): Gesture | null {
    const env = this.env;
    switch (hit.kind) {
      case 'note':
        return moveNotesGesture(env, hit.id, p);
      case 'resizeHandle':
        return resizeNoteGesture(env, hit.id, hit.corner, p);
      case 'connectHandle':
        return connectGesture(env, hit.id, p);
      case 'connector': {
        const state = env.store.getState();
        const lines = new Set(p.additive ? state.selectedConnectorIds : []);
        if (p.additive && lines.has(hit.id)) lines.delete(hit.id);
        else lines.add(hit.id);
        state.select(p.additive ? state.selectedNoteIds : [], lines);
        return null;
      }
      case 'phaseEdge':
        return resizeHeaderGesture(env, 'phase', hit.id, p);
      case 'laneEdge':
        return resizeHeaderGesture(env, 'lane', hit.id, p);
      case 'phaseHeader':
        return moveHeaderGesture(env, 'phase', hit.id, p);
      case 'laneHeader':
        return moveHeaderGesture(env, 'lane', hit.id, p);
      case 'addPhase':
      case 'addLane': {
        // Run on release: the new header's title editor must get the focus after the press.
        const name = hit.kind === 'addPhase' ? 'structure.addPhase' : 'structure.addLane';
        return { move: () => undefined, cancel: () => undefined, up: (q) => this.hit(q.board).kind === hit.kind && env.run(name) };
      }
      case 'cell':
      case 'board':
        return marqueeGesture(env, p);
    }
  }

  private moveEvent(e: PointerEvent): void {
    const p = this.sample(e);
    this.env.view.setPointer(p.screen);
    if (this.gesture) this.gesture.move(p);
    else this.hover(p);
  }

  private upEvent(e: PointerEvent): void {
    const gesture = this.gesture;
    this.gesture = null;
    this.el.releasePointerCapture?.(e.pointerId);
    gesture?.up(this.sample(e));
  }

  private cancel(): void {
    const gesture = this.gesture;
    this.gesture = null;
    gesture?.cancel();
  }

  private leave(): void {
    if (this.gesture) return;
    const { view } = this.env;
    view.setPointer(null);
    if (view.transient.hoverNoteId || view.transient.hoverEdge) {
      view.transient.hoverNoteId = null;
      view.transient.hoverEdge = null;
      view.invalidate('overlay');
    }
  }

  private hover(p: PointerSample): void {
    const { view } = this.env;
    const hit = this.hit(p.board);
    const note = hit.kind === 'note' || hit.kind === 'connectHandle' || hit.kind === 'resizeHandle' ? hit.id : null;
    const edge = hit.kind === 'phaseEdge' ? { kind: 'phase' as const, id: hit.id } : hit.kind === 'laneEdge' ? { kind: 'lane' as const, id: hit.id } : null;
    if (note !== view.transient.hoverNoteId || edge?.id !== view.transient.hoverEdge?.id) {
      view.transient.hoverNoteId = note;
      view.transient.hoverEdge = edge;
      view.invalidate('overlay');
    }
    this.el.style.cursor = this.spaceHeld ? 'grab' : hit.kind === 'resizeHandle' ? CORNER_CURSORS[hit.corner] : (CURSORS[hit.kind] ?? 'default');
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault();
    const { view } = this.env;
    const camera = view.camera();
    const p = this.sample(e);
    view.setPointer(p.screen);
    // Pinch on a trackpad arrives as a wheel event with ctrlKey set (Chromium, Electron).
    if (e.ctrlKey || e.metaKey) {
      view.setCamera(zoomAround(camera, p.screen, camera.zoom * wheelZoomFactor(e.deltaY, e.deltaMode)), 'settle');
      return;
    }
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? view.size().height : 1;
    let dx = e.deltaX * unit;
    let dy = e.deltaY * unit;
    if (e.shiftKey && dx === 0) [dx, dy] = [dy, 0];
    view.setCamera({ ...camera, x: camera.x - dx, y: camera.y - dy }, 'settle');
  }

  private doubleClick(e: MouseEvent): void {
    const p = this.sample(e);
    const { store } = this.env;
    const hit = this.hit(p.board);
    const state = store.getState();
    switch (hit.kind) {
      case 'note':
        state.select([hit.id]);
        state.startEditing({ kind: 'note', id: hit.id });
        return;
      case 'connector':
        state.select([], [hit.id]);
        state.startEditing({ kind: 'connectorLabel', id: hit.id });
        return;
      case 'phaseHeader':
        state.startEditing({ kind: 'phaseTitle', id: hit.id });
        return;
      case 'laneHeader':
        state.startEditing({ kind: 'laneTitle', id: hit.id });
        return;
      case 'cell':
      case 'board':
        this.env.run('note.new', { at: p.board });
        return;
      default:
        return;
    }
  }

  private contextMenu(e: MouseEvent): void {
    e.preventDefault();
    this.cancel();
    const p = this.sample(e);
    const state = this.env.store.getState();
    const hit = this.hit(p.board);
    let target: ContextTarget;
    switch (hit.kind) {
      case 'note':
      case 'resizeHandle':
      case 'connectHandle':
        if (!state.selectedNoteIds.has(hit.id)) state.select([hit.id]);
        target = { kind: 'note', id: hit.id };
        break;
      case 'connector':
        if (!state.selectedConnectorIds.has(hit.id)) state.select([], [hit.id]);
        target = { kind: 'connector', id: hit.id };
        break;
      case 'phaseHeader':
      case 'phaseEdge':
        target = { kind: 'phase', id: hit.id };
        break;
      case 'laneHeader':
      case 'laneEdge':
        target = { kind: 'lane', id: hit.id };
        break;
      default:
        target = { kind: 'board' };
    }
    state.openContextMenu({ clientX: e.clientX, clientY: e.clientY, boardPoint: p.board, target });
  }

  private setSpace(held: boolean): void {
    this.spaceHeld = held;
    this.el.style.cursor = held ? 'grab' : 'default';
  }

  private key(e: KeyboardEvent, down: boolean): void {
    if (e.key === 'Escape' && down && this.gesture) {
      e.preventDefault();
      this.cancel();
      return;
    }
    if (e.code !== 'Space' || (ownsSpace(e.target) && !this.spaceHeld)) return;
    // Space held turns the pointer into a hand, as in every drawing app.
    e.preventDefault();
    if (down !== this.spaceHeld) this.setSpace(down);
  }
}
