/** The drawing functions work on a visible canvas, an offscreen one (export tiles) or a test double. */
export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
