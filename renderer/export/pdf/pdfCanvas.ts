/**
 * The vector adapter of the painter's drawing interface (CONVENTIONS.md §3, issue 15): the
 * subset of CanvasRenderingContext2D the board's drawing functions use, written as PDF
 * operators on a pdf-lib page. The painter draws a PDF page exactly as it draws the screen or
 * a PNG tile; paths stay paths and text stays text in the app's embedded fonts, so every word
 * can be selected, searched and copied.
 *
 * The canvas transform is kept here and applied to every point (PDF's own matrix is used only
 * for text and pictures), with y flipped: canvas (0, 0) is the page's top-left corner.
 * save()/restore() map to q/Q so clips nest the same way.
 */
import {
  closePath,
  concatTransformationMatrix,
  PDFName,
  PDFOperator,
  PDFOperatorNames as Ops,
  PDFNumber,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingRgbColor,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  LineCapStyle,
  LineJoinStyle,
  type PDFContext,
  type PDFPage,
} from 'pdf-lib';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import { parseCssColour, type Rgba } from './cssColour';
import { parseCssFont, type Face, type PdfFonts } from './pdfFonts';
import { arcToBeziers, arcToPoints, multiply, type Matrix } from './pdfGeometry';

interface State {
  matrix: Matrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  globalAlpha: number;
  dash: number[];
}

/** A picture the painter drew, to be embedded once the page's operators are written. */
export interface PendingImage {
  name: string;
  png: Uint8Array;
}

/** Pictures are encoded synchronously while drawing; the caller embeds them afterwards. */
export type EncodeImage = (source: CanvasImageSource, sx: number, sy: number, sw: number, sh: number) => Uint8Array | null;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const op = (name: string, ...args: number[]) => PDFOperator.of(name as Ops, args.map((n) => PDFNumber.of(round(n))));
const round = (n: number) => Math.round(n * 1000) / 1000;

export class PdfCanvas implements Canvas2D {
  private state: State;
  private readonly stack: State[] = [];
  private readonly ops: PDFOperator[] = [];
  /** The current path in page coordinates, as operators. */
  private path: PDFOperator[] = [];
  private start: [number, number] | null = null;
  private current: [number, number] | null = null;
  private readonly alphaStates = new Map<string, PDFName>();
  private readonly fontNames = new Map<Face, PDFName>();
  readonly images: PendingImage[] = [];
  /** Characters no embedded font has (drawn as boxes), for the notice after the export. */
  readonly missing = new Set<string>();
  imageSmoothingQuality: ImageSmoothingQuality = 'high';
  imageSmoothingEnabled = true;

  constructor(
    private readonly page: PDFPage,
    private readonly context: PDFContext,
    private readonly fonts: PdfFonts,
    private readonly encodeImage: EncodeImage,
  ) {
    this.state = {
      matrix: [1, 0, 0, -1, 0, page.getHeight()],
      fillStyle: '#000000',
      strokeStyle: '#000000',
      lineWidth: 1,
      lineCap: 'butt',
      lineJoin: 'miter',
      font: "10px 'Inter'",
      textAlign: 'start',
      textBaseline: 'alphabetic',
      globalAlpha: 1,
      dash: [],
    };
  }

  // --- state -------------------------------------------------------------------------------

  get fillStyle(): string {
    return this.state.fillStyle;
  }
  set fillStyle(v: string | CanvasGradient | CanvasPattern) {
    if (typeof v === 'string') this.state.fillStyle = v;
  }
  get strokeStyle(): string {
    return this.state.strokeStyle;
  }
  set strokeStyle(v: string | CanvasGradient | CanvasPattern) {
    if (typeof v === 'string') this.state.strokeStyle = v;
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(v: number) {
    if (Number.isFinite(v) && v > 0) this.state.lineWidth = v;
  }
  get lineCap(): CanvasLineCap {
    return this.state.lineCap;
  }
  set lineCap(v: CanvasLineCap) {
    this.state.lineCap = v;
  }
  get lineJoin(): CanvasLineJoin {
    return this.state.lineJoin;
  }
  set lineJoin(v: CanvasLineJoin) {
    this.state.lineJoin = v;
  }
  get font(): string {
    return this.state.font;
  }
  set font(v: string) {
    this.state.font = v;
  }
  get textAlign(): CanvasTextAlign {
    return this.state.textAlign;
  }
  set textAlign(v: CanvasTextAlign) {
    this.state.textAlign = v;
  }
  get textBaseline(): CanvasTextBaseline {
    return this.state.textBaseline;
  }
  set textBaseline(v: CanvasTextBaseline) {
    this.state.textBaseline = v;
  }
  get globalAlpha(): number {
    return this.state.globalAlpha;
  }
  set globalAlpha(v: number) {
    if (Number.isFinite(v)) this.state.globalAlpha = Math.min(1, Math.max(0, v));
  }
  setLineDash(segments: number[]): void {
    this.state.dash = segments.filter((s) => Number.isFinite(s) && s >= 0);
  }
  getLineDash(): number[] {
    return [...this.state.dash];
  }

  save(): void {
    this.stack.push({ ...this.state, dash: [...this.state.dash] });
    this.ops.push(pushGraphicsState());
  }
  restore(): void {
    const previous = this.stack.pop();
    if (!previous) return;
    this.state = previous;
    this.ops.push(popGraphicsState());
  }

  // --- transform ---------------------------------------------------------------------------

  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }
  rotate(angle: number): void {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    this.transform(c, s, -s, c, 0, 0);
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.matrix = multiply(this.state.matrix, [a, b, c, d, e, f]);
  }
  setTransform(a?: number | DOMMatrix2DInit, b?: number, c?: number, d?: number, e?: number, f?: number): void {
    const m: Matrix =
      typeof a === 'number' ? [a, b!, c!, d!, e!, f!] : a ? [a.a ?? 1, a.b ?? 0, a.c ?? 0, a.d ?? 1, a.e ?? 0, a.f ?? 0] : IDENTITY;
    this.state.matrix = multiply([1, 0, 0, -1, 0, this.page.getHeight()], m);
  }
  resetTransform(): void {
    this.setTransform();
  }

  private point(x: number, y: number): [number, number] {
    const [a, b, c, d, e, f] = this.state.matrix;
    return [a * x + c * y + e, b * x + d * y + f];
  }
  /** How much the transform scales lengths (the painter only scales uniformly). */
  private get unit(): number {
    const [a, b, c, d] = this.state.matrix;
    return Math.sqrt(Math.abs(a * d - b * c));
  }

  // --- paths -------------------------------------------------------------------------------

  beginPath(): void {
    this.path = [];
    this.start = null;
    this.current = null;
  }
  moveTo(x: number, y: number): void {
    const p = this.point(x, y);
    this.path.push(op(Ops.MoveTo, ...p));
    this.start = p;
    this.current = p;
  }
  lineTo(x: number, y: number): void {
    if (!this.current) return this.moveTo(x, y);
    const p = this.point(x, y);
    this.path.push(op(Ops.LineTo, ...p));
    this.current = p;
  }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    if (!this.current) this.moveTo(c1x, c1y);
    const p = this.point(x, y);
    this.path.push(op(Ops.AppendBezierCurve, ...this.point(c1x, c1y), ...this.point(c2x, c2y), ...p));
    this.current = p;
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    const from = this.userCurrent();
    // A quadratic is a cubic with its control points two thirds of the way to the quadratic's.
    this.bezierCurveTo(from[0] + ((cx - from[0]) * 2) / 3, from[1] + ((cy - from[1]) * 2) / 3, x + ((cx - x) * 2) / 3, y + ((cy - y) * 2) / 3, x, y);
  }
  /** The current point back in user space (for the curves that are defined from it). */
  private userCurrent(): [number, number] {
    if (!this.current) return [0, 0];
    const [a, b, c, d, e, f] = this.state.matrix;
    const det = a * d - b * c || 1;
    const x = this.current[0] - e;
    const y = this.current[1] - f;
    return [(d * x - c * y) / det, (-b * x + a * y) / det];
  }
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise = false): void {
    const curves = arcToBeziers(x, y, radius, startAngle, endAngle, counterclockwise);
    const [sx, sy] = curves.start;
    if (this.current) this.lineTo(sx, sy);
    else this.moveTo(sx, sy);
    for (const c of curves.segments) this.bezierCurveTo(...c);
  }
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number, ccw = false): void {
    this.save();
    this.translate(x, y);
    this.rotate(rotation);
    this.scale(rx, ry);
    this.arc(0, 0, 1, start, end, ccw);
    this.restoreKeepingPath();
  }
  /** restore() without emitting Q: the path built under the saved transform stays. */
  private restoreKeepingPath(): void {
    const previous = this.stack.pop();
    if (previous) this.state = previous;
    this.ops.pop(); // the q pushed by save()
  }
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void {
    const from = this.userCurrent();
    const arc = arcToPoints(from, [x1, y1], [x2, y2], radius);
    if (!arc) return this.lineTo(x1, y1);
    this.lineTo(arc.start[0], arc.start[1]);
    this.arc(arc.centre[0], arc.centre[1], radius, arc.startAngle, arc.endAngle, arc.counterclockwise);
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }
  roundRect(x: number, y: number, w: number, h: number, radii: number | number[] = 0): void {
    const r = Math.max(0, Math.min(Array.isArray(radii) ? (radii[0] ?? 0) : radii, Math.abs(w) / 2, Math.abs(h) / 2));
    this.moveTo(x + r, y);
    this.arcTo(x + w, y, x + w, y + h, r);
    this.arcTo(x + w, y + h, x, y + h, r);
    this.arcTo(x, y + h, x, y, r);
    this.arcTo(x, y, x + w, y, r);
    this.closePath();
  }
  closePath(): void {
    if (!this.current) return;
    this.path.push(closePath());
    this.current = this.start;
  }

  fill(): void {
    this.paint('fill');
  }
  stroke(): void {
    this.paint('stroke');
  }
  clip(): void {
    if (this.path.length === 0) return;
    this.ops.push(...this.path, PDFOperator.of(Ops.ClipNonZero), PDFOperator.of(Ops.EndPath));
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    const saved = this.savePath();
    this.beginPath();
    this.rect(x, y, w, h);
    this.paint('fill');
    this.restorePath(saved);
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    const saved = this.savePath();
    this.beginPath();
    this.rect(x, y, w, h);
    this.paint('stroke');
    this.restorePath(saved);
  }
  /** A PDF page starts white and nothing is drawn under the painter: clearing paints white. */
  clearRect(x: number, y: number, w: number, h: number): void {
    const fill = this.state.fillStyle;
    const alpha = this.state.globalAlpha;
    this.state.fillStyle = '#ffffff';
    this.state.globalAlpha = 1;
    this.fillRect(x, y, w, h);
    this.state.fillStyle = fill;
    this.state.globalAlpha = alpha;
  }

  private savePath() {
    return { path: this.path, start: this.start, current: this.current };
  }
  private restorePath(saved: ReturnType<PdfCanvas['savePath']>): void {
    this.path = saved.path;
    this.start = saved.start;
    this.current = saved.current;
  }

  private paint(mode: 'fill' | 'stroke'): void {
    if (this.path.length === 0) return;
    const colour = parseCssColour(mode === 'fill' ? this.state.fillStyle : this.state.strokeStyle);
    const alpha = colour.a * this.state.globalAlpha;
    if (alpha <= 0.002) return;
    this.ops.push(pushGraphicsState());
    this.setAlpha(alpha, mode);
    if (mode === 'fill') {
      this.ops.push(setFillingRgbColor(colour.r, colour.g, colour.b), ...this.path, PDFOperator.of(Ops.FillNonZero));
    } else {
      const unit = this.unit;
      this.ops.push(
        setStrokingRgbColor(colour.r, colour.g, colour.b),
        setLineWidth(round(this.state.lineWidth * unit)),
        setLineCap(this.state.lineCap === 'round' ? LineCapStyle.Round : this.state.lineCap === 'square' ? LineCapStyle.Projecting : LineCapStyle.Butt),
        setLineJoin(this.state.lineJoin === 'round' ? LineJoinStyle.Round : this.state.lineJoin === 'bevel' ? LineJoinStyle.Bevel : LineJoinStyle.Miter),
        setDashPattern(
          this.state.dash.map((d) => round(d * unit)),
          0,
        ),
        ...this.path,
        PDFOperator.of(Ops.StrokePath),
      );
    }
    this.ops.push(popGraphicsState());
  }

  /** Transparency needs an ExtGState resource per alpha value. */
  private setAlpha(alpha: number, mode: 'fill' | 'stroke'): void {
    if (alpha >= 0.998) return;
    const key = `${mode}${alpha.toFixed(3)}`;
    let name = this.alphaStates.get(key);
    if (!name) {
      const dict = this.context.obj(mode === 'fill' ? { Type: 'ExtGState', ca: Number(alpha.toFixed(3)) } : { Type: 'ExtGState', CA: Number(alpha.toFixed(3)) });
      name = this.page.node.newExtGState('GS', this.context.register(dict));
      this.alphaStates.set(key, name);
    }
    this.ops.push(PDFOperator.of(Ops.SetGraphicsStateParams, [name]));
  }

  // --- text --------------------------------------------------------------------------------

  /** Splits text into runs by the face that can draw them; null face: no font has the character. */
  private runs(text: string): { face: Face | null; text: string }[] {
    const { faces } = parseCssFont(this.state.font);
    const candidates = faces.map((f) => this.fonts.face(f));
    const runs: { face: Face | null; text: string }[] = [];
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      // Variation selectors and joiners belong to the character before them.
      if (cp === 0xfe0f || cp === 0x200d) {
        if (runs.length > 0 && runs[runs.length - 1]!.face === null) runs[runs.length - 1]!.text += char;
        continue;
      }
      const face = candidates.find((c) => c.glyphs.hasGlyphForCodePoint(cp)) ?? null;
      const last = runs[runs.length - 1];
      if (last && last.face === face) last.text += char;
      else runs.push({ face, text: char });
    }
    return runs;
  }

  private runWidth(run: { face: Face | null; text: string }, size: number): number {
    if (run.face) return run.face.font.widthOfTextAtSize(run.text, size);
    return [...run.text].filter((c) => c.codePointAt(0) !== 0xfe0f && c.codePointAt(0) !== 0x200d).length * size * 0.8;
  }

  measureText(text: string): TextMetrics {
    const { size } = parseCssFont(this.state.font);
    const width = this.runs(text).reduce((sum, r) => sum + this.runWidth(r, size), 0);
    const face = this.fonts.face(parseCssFont(this.state.font).faces[0]!);
    const ascent = (face.glyphs.ascent / face.glyphs.unitsPerEm) * size;
    const descent = (-face.glyphs.descent / face.glyphs.unitsPerEm) * size;
    return {
      width,
      actualBoundingBoxLeft: 0,
      actualBoundingBoxRight: width,
      actualBoundingBoxAscent: ascent,
      actualBoundingBoxDescent: descent,
      fontBoundingBoxAscent: ascent,
      fontBoundingBoxDescent: descent,
      emHeightAscent: ascent,
      emHeightDescent: descent,
      alphabeticBaseline: 0,
      hangingBaseline: ascent * 0.8,
      ideographicBaseline: -descent,
    };
  }

  strokeText(): void {
    // The painter never outlines text; nothing to draw.
  }

  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    if (!text) return;
    const { size, faces } = parseCssFont(this.state.font);
    const runs = this.runs(text);
    let width = runs.reduce((sum, r) => sum + this.runWidth(r, size), 0);
    // Like canvas, a text wider than maxWidth is condensed to fit.
    const squeeze = maxWidth !== undefined && maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
    width *= squeeze;
    const align = this.state.textAlign;
    const left = align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
    const main = this.fonts.face(faces[0]!);
    const ascent = (main.glyphs.ascent / main.glyphs.unitsPerEm) * size;
    const descent = (-main.glyphs.descent / main.glyphs.unitsPerEm) * size;
    const baseline = this.state.textBaseline;
    const dy =
      baseline === 'middle' ? (ascent - descent) / 2 : baseline === 'top' || baseline === 'hanging' ? ascent : baseline === 'bottom' || baseline === 'ideographic' ? -descent : 0;
    const colour = parseCssColour(this.state.fillStyle);
    const alpha = colour.a * this.state.globalAlpha;
    if (alpha <= 0.002) return;
    this.ops.push(pushGraphicsState());
    this.setAlpha(alpha, 'fill');
    this.ops.push(setFillingRgbColor(colour.r, colour.g, colour.b));
    let at = left;
    for (const run of runs) {
      const w = this.runWidth(run, size) * squeeze;
      if (run.face) this.showRun(run.face, run.text, at, y + dy, size, squeeze);
      else this.placeholder(run.text, at, y + dy, w, size, colour);
      at += w;
    }
    this.ops.push(popGraphicsState());
  }

  /** Text at (x, y) in user space: the text matrix carries the canvas transform and the y flip. */
  private showRun(face: Face, text: string, x: number, y: number, size: number, squeeze: number): void {
    let name = this.fontNames.get(face);
    if (!name) {
      name = this.page.node.newFontDictionary(face.font.name, face.font.ref);
      this.fontNames.set(face, name);
    }
    const [a, b, c, d] = this.state.matrix;
    const [px, py] = this.point(x, y);
    this.ops.push(
      PDFOperator.of(Ops.BeginText),
      PDFOperator.of(Ops.SetFontAndSize, [name, PDFNumber.of(1)]),
      // Text space: size (and squeeze) along x, size along y flipped back upright.
      op(Ops.SetTextMatrix, a * size * squeeze, b * size * squeeze, -c * size, -d * size, px, py),
      PDFOperator.of(Ops.ShowText, [face.font.encodeText(text)]),
      PDFOperator.of(Ops.EndText),
    );
  }

  /** A character no embedded font has: an outlined box where it would stand. */
  private placeholder(text: string, x: number, y: number, width: number, size: number, colour: Rgba): void {
    for (const c of text) if (c.codePointAt(0) !== 0xfe0f && c.codePointAt(0) !== 0x200d) this.missing.add(c);
    const count = Math.max(1, Math.round(width / (size * 0.8)));
    const saved = this.savePath();
    const lineWidth = this.state.lineWidth;
    const stroke = this.state.strokeStyle;
    this.state.lineWidth = Math.max(0.05, size * 0.06);
    this.state.strokeStyle = `rgba(${Math.round(colour.r * 255)}, ${Math.round(colour.g * 255)}, ${Math.round(colour.b * 255)}, ${colour.a})`;
    for (let i = 0; i < count; i += 1) {
      this.beginPath();
      this.rect(x + i * size * 0.8 + size * 0.08, y - size * 0.72, size * 0.64, size * 0.76);
      this.paint('stroke');
    }
    this.state.lineWidth = lineWidth;
    this.state.strokeStyle = stroke;
    this.restorePath(saved);
  }

  // --- pictures ----------------------------------------------------------------------------

  drawImage(image: CanvasImageSource, ...args: number[]): void {
    const size = imageSize(image);
    if (!size) return;
    let [sx, sy, sw, sh] = [0, 0, size.width, size.height];
    let dx: number, dy: number, dw: number, dh: number;
    if (args.length >= 8) [sx, sy, sw, sh, dx, dy, dw, dh] = args as [number, number, number, number, number, number, number, number];
    else if (args.length >= 4) [dx, dy, dw, dh] = args as [number, number, number, number];
    else [dx, dy, dw, dh] = [args[0] ?? 0, args[1] ?? 0, size.width, size.height];
    const png = this.encodeImage(image, sx, sy, sw, sh);
    if (!png) return;
    const name = `Im${this.images.length + 1}`;
    this.images.push({ name, png });
    // The unit square of the picture onto the destination rectangle, top-down.
    const [a, b, c, d, e, f] = multiply(this.state.matrix, [dw, 0, 0, -dh, dx, dy + dh]);
    this.ops.push(pushGraphicsState());
    if (this.state.globalAlpha < 0.998) this.setAlpha(this.state.globalAlpha, 'fill');
    this.ops.push(concatTransformationMatrix(a, b, c, d, e, f), PDFOperator.of(Ops.DrawObject, [PDFName.of(name)]), popGraphicsState());
  }

  /** Everything drawn so far, for the page's content stream. */
  takeOperators(): PDFOperator[] {
    // Close every save() the painter left open, so the page's state is balanced.
    while (this.stack.length > 0) this.restore();
    return this.ops.splice(0, this.ops.length);
  }
}

function imageSize(image: CanvasImageSource): { width: number; height: number } | null {
  const i = image as { naturalWidth?: number; naturalHeight?: number; width?: number | SVGAnimatedLength; height?: number | SVGAnimatedLength };
  const width = i.naturalWidth || (typeof i.width === 'number' ? i.width : 0);
  const height = i.naturalHeight || (typeof i.height === 'number' ? i.height : 0);
  return width > 0 && height > 0 ? { width, height } : null;
}
