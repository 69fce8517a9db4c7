import type { BoardState } from '../../store/store';
import type { Camera, Viewport } from '../../../shared/camera/camera';
import type { BoardTheme } from '../draw/theme';
import type { BoardDecoration } from '../paint/decoration';
import type { Scene } from '../scene/scene';
import type { LayerName } from './layers';
import type { Transient } from './transient';

/** Everything a layer's draw function reads; the view owns it and hands out one object. */
export interface RenderState {
  readonly scene: Scene;
  readonly transient: Transient;
  /** What other features draw on the board, injected when the view is created. */
  readonly decorations: readonly BoardDecoration[];
  camera(): Camera;
  size(): Viewport;
  theme(): BoardTheme;
  board(): BoardState;
  invalidate(...layers: LayerName[]): void;
  /** True while drawing a frame in which the notes layer changed only because the camera moved. */
  onlyCameraMoved(): boolean;
}
