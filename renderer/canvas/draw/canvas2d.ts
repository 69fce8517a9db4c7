/**
 * What the board's drawing functions may ask of a canvas: exactly the part of
 * CanvasRenderingContext2D they use, nothing more. A visible canvas, an OffscreenCanvas in a
 * worker (exports), a test double, or an adapter that writes vector PDF operations all fit it.
 *
 * Kept deliberately small: a drawing function that needs another call adds it here, and the
 * PDF adapter then has to learn it too. Colours are always CSS colour strings (the painter
 * sets no gradients or patterns); reading a style back may return what the canvas holds.
 */
export interface Canvas2D {
  get fillStyle(): string | CanvasGradient | CanvasPattern;
  set fillStyle(colour: string);
  get strokeStyle(): string | CanvasGradient | CanvasPattern;
  set strokeStyle(colour: string);
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
  /** A CSS font shorthand, as cssFont() builds it. */
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;

  save(): void;
  restore(): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;

  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise?: boolean): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  setLineDash(segments: number[]): void;

  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { width: number };
  /** A decoded picture (persona photo) or a cached board bitmap, scaled into a rect. */
  drawImage(image: CanvasImageSource, dx: number, dy: number, dw: number, dh: number): void;
}

type Fits<T extends true> = T;
/** Compile-time check that both real contexts keep fitting the interface (for the board and for workers). */
export type RealContextsFit = Fits<CanvasRenderingContext2D extends Canvas2D ? (OffscreenCanvasRenderingContext2D extends Canvas2D ? true : false) : false>;
