import { useEffect, useReducer, useRef } from 'react';
import type { Id, JourneyDoc } from '../../shared/model';
import type { Camera, Viewport } from '../../shared/camera/camera';
import type { BoardTheme } from '../canvas/draw/theme';
import { Scene } from '../canvas/scene/scene';
import { BOARD_DECORATIONS } from '../board/boardDecorations';
import { drawProjectorScene } from './draw/drawProjectorScene';
import { roomDecoration } from './draw/roomDecoration';

/** The board's decorations except the room's own, which the projector draws its way. */
const DECORATIONS = BOARD_DECORATIONS.filter((d) => d !== roomDecoration);

export interface ProjectorCanvasProps {
  doc: JourneyDoc;
  camera: Camera;
  size: Viewport;
  theme: BoardTheme;
  showVotes: boolean;
  spotlightPhaseId: Id | null;
  alsoCovered?: ReadonlySet<Id>;
  /** Bumped when web fonts arrive, so text measured in a fallback font is laid out again. */
  fontsVersion?: number;
  label: string;
  testId?: string;
}

/**
 * The room's picture on one canvas, redrawn (at most once a frame) when anything it shows
 * changes. Used full screen by the projector window and small by the facilitator's preview.
 */
export function ProjectorCanvas(props: ProjectorCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const scene = useRef<Scene | null>(null);
  const { doc, camera, size, theme, showVotes, spotlightPhaseId, alsoCovered, fontsVersion } = props;
  const [redraws, redraw] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const frame = requestAnimationFrame(() => {
      const pixelRatio = window.devicePixelRatio || 1;
      const width = Math.max(1, Math.round(size.width * pixelRatio));
      const height = Math.max(1, Math.round(size.height * pixelRatio));
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      scene.current ??= new Scene();
      scene.current.sync(doc);
      drawProjectorScene(ctx, {
        scene: scene.current,
        doc,
        camera,
        size,
        pixelRatio,
        theme,
        showVotes,
        spotlightPhaseId,
        alsoCovered,
        decorations: DECORATIONS,
        redraw,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [doc, camera, size, theme, showVotes, spotlightPhaseId, alsoCovered, fontsVersion, redraws]);

  return (
    <canvas
      ref={ref}
      className="projector-canvas"
      style={{ width: size.width, height: size.height }}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
    />
  );
}
