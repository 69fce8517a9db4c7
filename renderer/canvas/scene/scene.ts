/**
 * The board as the canvas sees it: every note's rect in board coordinates, the draw order, a
 * spatial index and which lines touch which note, derived from the journey document.
 *
 * `sync` is incremental: a changed note object is re-placed on its own; only a change to the
 * phases or lanes (which moves every note in the grid) places every note again. Nothing here
 * runs per frame except the queries.
 */
import {
  computeGridLayout,
  notePosition,
  rectsIntersect,
  type Connector,
  type GridLayout,
  type Id,
  type JourneyDoc,
  type Note,
  type Point,
  type Rect,
} from '../../../shared/model';
import type { ConnectorItem } from '../draw/drawConnector';
import { pointInRect } from '../draw/geometry';
import { boardBounds } from '../../../shared/board/bounds';
import { SpatialIndex } from './spatialIndex';

export interface SceneNote {
  note: Note;
  rect: Rect;
  /** Position in the draw order: later notes are drawn on top. */
  order: number;
}

export class Scene {
  doc: JourneyDoc | null = null;
  layout: GridLayout = computeGridLayout([], []);
  readonly index = new SpatialIndex();
  private readonly items = new Map<Id, SceneNote>();
  private ordered: SceneNote[] | null = [];
  private connectorsByNote = new Map<Id, Id[]>();
  private cachedBounds: Rect | null = null;
  /** Every drawable line with its bounding box, rebuilt after a change, read every frame. */
  private lineBoxes: { item: ConnectorItem; box: Rect }[] | null = null;

  /** `beside`: what the board's decorations draw outside the grid (the persona card), for the bounds. */
  constructor(private readonly beside: (doc: JourneyDoc) => readonly Rect[] = () => []) {}

  /** Brings the scene up to date with `doc`. Returns false when nothing changed. */
  sync(doc: JourneyDoc | null): boolean {
    const prev = this.doc;
    if (doc === prev) return false;
    this.doc = doc;
    this.cachedBounds = null;
    this.lineBoxes = null;
    if (!doc) {
      this.items.clear();
      this.index.clear();
      this.ordered = [];
      this.connectorsByNote.clear();
      this.layout = computeGridLayout([], []);
      return true;
    }
    const structureChanged = !prev || prev.phases !== doc.phases || prev.lanes !== doc.lanes;
    if (structureChanged) this.layout = computeGridLayout(doc.phases, doc.lanes);
    if (structureChanged || prev.notes !== doc.notes) this.syncNotes(doc.notes, structureChanged);
    if (!prev || prev.connectors !== doc.connectors || prev.notes !== doc.notes) this.syncConnectors(doc.connectors);
    return true;
  }

  private syncNotes(notes: Record<Id, Note>, all: boolean): void {
    let order = 0;
    let seen = 0;
    let reordered = false;
    for (const id in notes) {
      const note = notes[id]!;
      const item = this.items.get(id);
      if (item && item.note === note && !all) {
        if (item.order !== order) {
          item.order = order;
          reordered = true;
        }
        seen++;
        order++;
        continue;
      }
      const position = notePosition(note, this.layout);
      if (!position) {
        // Its lane is hidden: not drawn, not hit.
        if (item) {
          this.items.delete(id);
          this.index.delete(id);
        }
        reordered = true;
        continue;
      }
      const rect = { x: position.x, y: position.y, width: note.width, height: note.height };
      this.items.set(id, { note, rect, order });
      this.index.set(id, rect);
      reordered = true;
      seen++;
      order++;
    }
    if (seen !== this.items.size) {
      for (const [id] of this.items) {
        if (!(id in notes)) {
          this.items.delete(id);
          this.index.delete(id);
        }
      }
      reordered = true;
    }
    if (reordered) this.ordered = null;
  }

  private syncConnectors(connectors: Record<Id, Connector>): void {
    const byNote = new Map<Id, Id[]>();
    const add = (noteId: Id, id: Id) => {
      const list = byNote.get(noteId);
      if (list) list.push(id);
      else byNote.set(noteId, [id]);
    };
    for (const id in connectors) {
      const c = connectors[id]!;
      add(c.from, id);
      add(c.to, id);
    }
    this.connectorsByNote = byNote;
  }

  get noteCount(): number {
    return this.items.size;
  }

  note(id: Id): SceneNote | undefined {
    return this.items.get(id);
  }

  /** Every placed note in draw order. */
  allNotes(): readonly SceneNote[] {
    if (!this.ordered) this.ordered = [...this.items.values()].sort((a, b) => a.order - b.order);
    return this.ordered;
  }

  /** The notes that intersect `view`, in draw order. */
  visibleNotes(view: Rect, skip?: ReadonlySet<Id>): SceneNote[] {
    const all = this.allNotes();
    const bounds = this.bounds();
    const coversMost = view.width * view.height >= 0.5 * bounds.width * bounds.height;
    let result: SceneNote[];
    if (coversMost) {
      result = all.filter((s) => rectsIntersect(s.rect, view));
    } else {
      result = [];
      for (const id of this.index.query(view)) result.push(this.items.get(id)!);
      result.sort((a, b) => a.order - b.order);
    }
    return skip && skip.size ? result.filter((s) => !skip.has(s.note.id)) : result;
  }

  /** The topmost note under a board point. */
  noteAt(point: Point): SceneNote | null {
    let best: SceneNote | null = null;
    for (const id of this.index.query({ x: point.x, y: point.y, width: 0, height: 0 })) {
      const item = this.items.get(id)!;
      if (pointInRect(point, item.rect) && (!best || item.order > best.order)) best = item;
    }
    return best;
  }

  /** Ids of the notes a marquee touches. */
  notesIn(area: Rect): Id[] {
    return [...this.index.query(area)];
  }

  connectorIdsOf(noteId: Id): readonly Id[] {
    return this.connectorsByNote.get(noteId) ?? [];
  }

  connectorItem(id: Id, offsets?: ReadonlyMap<Id, Point>): ConnectorItem | null {
    const connector = this.doc?.connectors[id];
    if (!connector) return null;
    const from = this.items.get(connector.from);
    const to = this.items.get(connector.to);
    if (!from || !to) return null;
    const shift = (s: SceneNote) => {
      const d = offsets?.get(s.note.id);
      return d ? { ...s.rect, x: s.rect.x + d.x, y: s.rect.y + d.y } : s.rect;
    };
    return { connector, from: shift(from), to: shift(to) };
  }

  /** Lines with any part in view; `skip` leaves out lines attached to those notes. */
  visibleConnectors(view: Rect, skip?: ReadonlySet<Id>): ConnectorItem[] {
    const result: ConnectorItem[] = [];
    for (const { item, box } of this.connectorBoxes()) {
      if (skip && (skip.has(item.connector.from) || skip.has(item.connector.to))) continue;
      if (rectsIntersect(box, view)) result.push(item);
    }
    return result;
  }

  /** Every line that can be drawn, with its bounding box (cached until the next change). */
  connectorBoxes(): readonly { item: ConnectorItem; box: Rect }[] {
    if (this.lineBoxes) return this.lineBoxes;
    const lines: { item: ConnectorItem; box: Rect }[] = [];
    for (const id in this.doc?.connectors ?? {}) {
      const item = this.connectorItem(id);
      if (!item) continue;
      const x = Math.min(item.from.x, item.to.x);
      const y = Math.min(item.from.y, item.to.y);
      const box = {
        x,
        y,
        width: Math.max(item.from.x + item.from.width, item.to.x + item.to.width) - x,
        height: Math.max(item.from.y + item.from.height, item.to.y + item.to.height) - y,
      };
      lines.push({ item, box });
    }
    this.lineBoxes = lines;
    return lines;
  }

  /** The grid, its "+" tabs, every note and the decorations beside them (persona card): what "zoom to fit" shows. */
  bounds(): Rect {
    this.cachedBounds ??= boardBounds(
      this.layout,
      [...this.items.values()].map((s) => s.rect),
      this.doc ? this.beside(this.doc) : [],
    );
    return this.cachedBounds;
  }
}
