/**
 * THE board painter (CONVENTIONS.md section 3): one function paints the board, in one fixed
 * order, for every picture of it: the board's own Konva layers, the projector and its
 * preview, the PNG and PDF exports, the library thumbnail and the minimap. Each caller passes
 * options (scale, theme, level of detail, which layers, what is covered, the decorations),
 * never its own drawing sequence.
 *
 * It draws through the small Canvas2D interface only, and holds no i18next, store or DOM
 * singletons: translated texts live in the injected decorations, and text is measured with
 * the `measure` and `layouts` passed in, so it can run in a worker on an OffscreenCanvas or
 * into a vector PDF adapter. The caller sets the context's transform (board units times
 * `zoom`) before calling; the painter never resets it.
 *
 * The order, back to front:
 *   paper     the surface around the sheet (the projector and exported images fill it)
 *   grid      the flipchart sheet: headers, cell lines, titles, the "+" tabs when `controls`
 *   underlay  what decorations draw under the notes: persona card, emotion curves
 *   lines     connector lines and arrowheads
 *   notes     notes with their badge strips (decorations' per-note marks), covered notes
 *             face down, the highlight's veil
 *   labels    connector labels, above the notes so none is hidden
 *   overlay   what the caller draws on top: selection and gesture previews on screen, vote
 *             badges, the presentation spotlight and the laser on the projector
 * The journey model holds no tracing pictures or freehand strokes today; their places in the
 * order are under the grid's titles and above the labels.
 */
import type { GridLayout, Id, JourneyDoc, Note, Rect } from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import { detailForZoom, type NoteDetail } from '../draw/detail';
import { drawConnectorLabels, drawConnectorLines, type ConnectorItem } from '../draw/drawConnector';
import { drawGrid } from '../draw/drawGrid';
import { drawNoteDots } from '../draw/drawMinimap';
import { drawNote, drawNotes, veil, type NoteDrawContext, type NoteItem } from '../draw/drawNote';
import type { LayoutRequest, MeasureText, TextLayout } from '../draw/textLayout';
import type { BoardTheme } from '../draw/theme';
import type { BoardDecoration, DecorationInput } from './decoration';

export type BoardLayer = 'paper' | 'grid' | 'underlay' | 'lines' | 'notes' | 'labels' | 'overlay';

/** Every layer, in the one order they are painted. */
export const BOARD_LAYERS: readonly BoardLayer[] = ['paper', 'grid', 'underlay', 'lines', 'notes', 'labels', 'overlay'];

/** The notes' level of detail: the board's three, plus coloured dots for the minimap. */
export type PaintDetail = NoteDetail | 'dots';

/** Where the notes and lines come from: the board's Scene, or the few notes being dragged. */
export interface PaintSource {
  readonly layout: GridLayout;
  /** Notes that intersect `view`, in draw order, without those in `skip`. */
  visibleNotes(view: Rect, skip?: ReadonlySet<Id>): readonly NoteItem[];
  /** Lines with any part in `view`, without those attached to notes in `skip`. */
  visibleConnectors(view: Rect, skip?: ReadonlySet<Id>): readonly ConnectorItem[];
}

/** The board to paint and the means to measure its text. */
export interface PaintedBoard {
  doc: JourneyDoc;
  source: PaintSource;
  measure: MeasureText;
  layouts: { get(request: LayoutRequest): TextLayout };
}

/** Notes shown face down (a brainwriting round on the projector): no text, no badges. */
export interface CoveredNotes {
  has(note: Note): boolean;
  draw(ctx: Canvas2D, note: Note, rect: Rect, options: { theme: BoardTheme; zoom: number }): void;
}

/** What an overlay knows of the picture it is drawn on. */
export interface PaintFrame {
  doc: JourneyDoc;
  layout: GridLayout;
  theme: BoardTheme;
  zoom: number;
  view: Rect;
  /** The notes painted in this call (empty when the notes layer was not painted). */
  notes: readonly NoteItem[];
}

export type BoardOverlay = (ctx: Canvas2D, frame: PaintFrame) => void;

export interface PaintOptions {
  theme: BoardTheme;
  /** Board units to CSS pixels: the scale the context is drawn at. */
  zoom: number;
  /** The board area to paint (board units); notes and lines outside it are skipped. */
  view: Rect;
  /** Which layers to paint (in the fixed order whatever the order here); all when left out. */
  layers?: readonly BoardLayer[];
  /** The notes' level of detail; by default the one the zoom calls for. */
  detail?: PaintDetail;
  /** On-screen controls (the "+" tabs): shown on the board, left out of pictures. */
  controls?: boolean;
  /** What an editor is showing instead (a header title, a note's text, a line's label). */
  hidden?: { titleId?: Id | null; noteTextId?: Id | null; labelId?: Id | null };
  /** Notes (and their lines) painted elsewhere, e.g. on the board's drag layer. */
  skip?: ReadonlySet<Id>;
  covered?: CoveredNotes;
  decorations?: readonly BoardDecoration[];
  /** Veil the notes a decoration's highlight leaves out (the board only). */
  veil?: boolean;
  overlays?: readonly BoardOverlay[];
  /** Asks the caller for another picture (a persona picture finished decoding). */
  redraw?(): void;
}

const NO_DECORATIONS: readonly BoardDecoration[] = [];
const nothing = () => undefined;

function noteExtras(decorations: readonly BoardDecoration[], input: DecorationInput, veiled: boolean): Pick<NoteDrawContext, 'decorate' | 'dimmed'> {
  const painters = decorations.filter((d) => d.note);
  const dimmers = veiled ? decorations.map((d) => d.dimmed?.()).filter((f) => f !== undefined) : [];
  return {
    decorate: painters.length ? (ctx, note, rect) => painters.forEach((d) => d.note!(ctx, note, rect, input)) : undefined,
    dimmed: dimmers.length ? (note) => dimmers.some((f) => f(note)) : undefined,
  };
}

function paintNotes(ctx: Canvas2D, items: readonly NoteItem[], dc: NoteDrawContext, covered: CoveredNotes | undefined): void {
  if (!covered) {
    drawNotes(ctx, items, dc);
    return;
  }
  const face = { theme: dc.theme, zoom: dc.zoom };
  if (dc.detail === 'full') {
    // One by one in draw order, so overlapping notes stack as on the board.
    for (const { note, rect } of items) {
      if (covered.has(note)) covered.draw(ctx, note, rect, face);
      else {
        drawNote(ctx, note, rect, dc);
        // Covered notes get no badges: an attribute or a rating would give the idea away.
        dc.decorate?.(ctx, note, rect);
      }
    }
    if (dc.dimmed) veil(ctx, items, dc);
    return;
  }
  const open: NoteItem[] = [];
  for (const item of items) {
    if (covered.has(item.note)) covered.draw(ctx, item.note, item.rect, face);
    else open.push(item);
  }
  drawNotes(ctx, open, dc);
}

export function paintBoard(ctx: Canvas2D, board: PaintedBoard, options: PaintOptions): void {
  const { doc, source } = board;
  const { theme, zoom, view } = options;
  const layers = new Set(options.layers ?? BOARD_LAYERS);
  const decorations = options.decorations ?? NO_DECORATIONS;
  const detail = options.detail ?? detailForZoom(zoom);
  const input: DecorationInput = { doc, layout: source.layout, zoom, theme, measure: board.measure, redraw: options.redraw ?? nothing };

  if (layers.has('paper')) {
    ctx.fillStyle = theme.paper;
    ctx.fillRect(view.x, view.y, view.width, view.height);
  }
  if (layers.has('grid')) {
    drawGrid(ctx, {
      layout: source.layout,
      phases: doc.phases,
      lanes: doc.lanes,
      title: doc.title,
      zoom,
      theme,
      measure: board.measure,
      hiddenTitleId: options.hidden?.titleId ?? null,
      showAddButtons: options.controls ?? false,
    });
  }
  if (layers.has('underlay')) for (const d of decorations) d.underlay?.(ctx, input);

  const lines = layers.has('lines') || layers.has('labels') ? source.visibleConnectors(view, options.skip) : [];
  const connectorContext = { theme, zoom, hiddenLabelId: options.hidden?.labelId ?? null };
  if (layers.has('lines')) drawConnectorLines(ctx, lines, connectorContext);

  let notes: readonly NoteItem[] = [];
  if (layers.has('notes')) {
    notes = source.visibleNotes(view, options.skip);
    if (detail === 'dots') drawNoteDots(ctx, notes, theme, zoom);
    else {
      const dc: NoteDrawContext = {
        theme,
        zoom,
        detail,
        layouts: board.layouts,
        hiddenTextId: options.hidden?.noteTextId ?? null,
        ...noteExtras(decorations, input, options.veil ?? false),
      };
      paintNotes(ctx, notes, dc, options.covered);
    }
  }
  if (layers.has('labels')) drawConnectorLabels(ctx, lines, connectorContext);
  if (layers.has('overlay') && options.overlays?.length) {
    const frame: PaintFrame = { doc, layout: source.layout, theme, zoom, view, notes };
    for (const overlay of options.overlays) overlay(ctx, frame);
  }
}
