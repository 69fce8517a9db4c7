/** The actions' window on the canvas: the live view when it is mounted, else the store's camera. */
import type { Viewport } from '../actions/types';
import type { BoardView } from '../canvas/stage/BoardView';
import type { BoardStore } from '../store/store';
import { docBounds } from '../../shared/board/bounds';
import { decorationBounds } from '../canvas/paint/decoration';
import { BOARD_DECORATIONS } from './boardDecorations';

export function viewportOf(view: BoardView | null, store: BoardStore): Viewport {
  if (view) {
    return {
      size: () => view.size(),
      camera: () => view.camera(),
      setCamera: (camera) => view.setCamera(camera, 'now'),
      contentBounds: () => view.scene.bounds(),
      pointer: () => view.pointer(),
    };
  }
  return {
    size: () => ({ width: window.innerWidth, height: window.innerHeight }),
    camera: () => store.getState().camera,
    setCamera: (camera) => store.getState().setCamera(camera),
    contentBounds: () => {
      const doc = store.getState().doc;
      return doc ? docBounds(doc, decorationBounds(BOARD_DECORATIONS, doc)) : { x: 0, y: 0, width: 1, height: 1 };
    },
    pointer: () => null,
  };
}
