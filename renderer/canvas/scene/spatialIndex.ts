/**
 * A uniform bucket grid over board coordinates: which notes might be under a point or inside
 * the view. Inserting, moving and removing one note touches only its own buckets, so a change
 * to one note never rebuilds the index.
 */
import type { Id, Rect } from '../../../shared/model';

const BUCKET = 512;
const OFFSET = 4096; // board coordinates are limited to +-1e6, well inside +-4096 buckets
const SPAN = 8192;

function bucketRange(r: Rect) {
  return {
    x0: Math.floor(r.x / BUCKET),
    y0: Math.floor(r.y / BUCKET),
    x1: Math.floor((r.x + r.width) / BUCKET),
    y1: Math.floor((r.y + r.height) / BUCKET),
  };
}

export class SpatialIndex {
  private readonly buckets = new Map<number, Set<Id>>();
  private readonly rects = new Map<Id, Rect>();

  get size(): number {
    return this.rects.size;
  }

  rectOf(id: Id): Rect | undefined {
    return this.rects.get(id);
  }

  set(id: Id, rect: Rect): void {
    const old = this.rects.get(id);
    if (old) {
      const a = bucketRange(old);
      const b = bucketRange(rect);
      if (a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1) {
        this.rects.set(id, rect);
        return;
      }
      this.delete(id);
    }
    this.rects.set(id, rect);
    const { x0, y0, x1, y1 } = bucketRange(rect);
    for (let bx = x0; bx <= x1; bx++) {
      for (let by = y0; by <= y1; by++) {
        const key = (bx + OFFSET) * SPAN + (by + OFFSET);
        let bucket = this.buckets.get(key);
        if (!bucket) this.buckets.set(key, (bucket = new Set()));
        bucket.add(id);
      }
    }
  }

  delete(id: Id): void {
    const rect = this.rects.get(id);
    if (!rect) return;
    this.rects.delete(id);
    const { x0, y0, x1, y1 } = bucketRange(rect);
    for (let bx = x0; bx <= x1; bx++) {
      for (let by = y0; by <= y1; by++) {
        const key = (bx + OFFSET) * SPAN + (by + OFFSET);
        const bucket = this.buckets.get(key);
        bucket?.delete(id);
        if (bucket?.size === 0) this.buckets.delete(key);
      }
    }
  }

  clear(): void {
    this.buckets.clear();
    this.rects.clear();
  }

  /** Ids whose rect intersects `area` (edges touching count). */
  query(area: Rect): Set<Id> {
    const found = new Set<Id>();
    const { x0, y0, x1, y1 } = bucketRange(area);
    const visit = (bucket: Set<Id>) => {
      for (const id of bucket) {
        if (found.has(id)) continue;
        const r = this.rects.get(id)!;
        if (r.x <= area.x + area.width && area.x <= r.x + r.width && r.y <= area.y + area.height && area.y <= r.y + r.height) {
          found.add(id);
        }
      }
    };
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.buckets.size) {
      // Zoomed far out: walking the occupied buckets is cheaper than walking the empty area.
      for (const bucket of this.buckets.values()) visit(bucket);
    } else {
      for (let bx = x0; bx <= x1; bx++) {
        for (let by = y0; by <= y1; by++) {
          const bucket = this.buckets.get((bx + OFFSET) * SPAN + (by + OFFSET));
          if (bucket) visit(bucket);
        }
      }
    }
    return found;
  }
}
