import type { StateCreator } from 'zustand';
import type { BoardState } from './store';

/** 2% still shows a 10,000-note board whole on a laptop screen; 400% reads a note across a room. */
export const ZOOM_LIMITS = { min: 0.02, max: 4 } as const;

export interface Camera {
  /** Screen position of the board origin, in CSS pixels. */
  x: number;
  y: number;
  zoom: number;
}

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
    const zoom = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, camera.zoom));
    set({ camera: { ...camera, zoom } });
  },
});
