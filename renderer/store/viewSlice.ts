import type { StateCreator } from 'zustand';
import type { BoardState } from './store';
import { clampZoom, type Camera } from '../../shared/camera/camera';

export interface ViewSlice {
  /**
   * The camera as last committed. While a pan or zoom gesture runs, the stage is moved
   * imperatively per animation frame and this is updated once the gesture settles, so that a
   * wheel event never costs a React render.
   */
  camera: Camera;
  setCamera(camera: Camera): void;
}

export const createViewSlice: StateCreator<BoardState, [], [], ViewSlice> = (set) => ({
  camera: { x: 0, y: 0, zoom: 1 },
  setCamera(camera) {
    set({ camera: { ...camera, zoom: clampZoom(camera.zoom) } });
  },
});
