/** The actions' window on the canvas: the live view when it is mounted, else the store's camera. */
import type { Viewport } from '../actions/types';
import type { BoardView } from '../canvas/stage/BoardView';
import type { BoardStore } from '../store/store';

export function viewportOf(view: BoardView | null, store: BoardStore): Viewport {
  if (view) {
    return {
      size: () => view.size(),
      camera: () => view.camera(),
      setCamera: (camera) => view.setCamera(camera, 'now'),
      pointer: () => view.pointer(),
    };
  }
  return {
    size: () => ({ width: window.innerWidth, height: window.innerHeight }),
    camera: () => store.getState().camera,
    setCamera: (camera) => store.getState().setCamera(camera),
    pointer: () => null,
  };
}
