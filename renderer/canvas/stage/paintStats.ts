/**
 * When the board last drew, for the benchmark (issue 8) through the read-only test hook: the
 * time from opening a journey to its first frame with notes, and from a gesture's last input
 * to its last drawn frame. Times are performance.now() milliseconds.
 */
export interface PaintStats {
  /** Frames in which at least one layer was drawn. */
  count: number;
  /** When the last such frame was drawn. */
  lastAt: number;
  /** When notes were first drawn after the board opened; null until then. */
  firstNotesAt: number | null;
  /**
   * When the last frames were drawn, oldest first (at most RECENT_PAINTS): the frame that
   * answered a gesture's last input is the first one after it, while a camera gesture's last
   * frame comes later, when the board is drawn sharp again after the gesture settled.
   */
  recent: number[];
}

const RECENT_PAINTS = 64;

export function emptyPaintStats(): PaintStats {
  return { count: 0, lastAt: 0, firstNotesAt: null, recent: [] };
}

export function recordPaint(stats: PaintStats, drewNotes: boolean): void {
  const now = performance.now();
  stats.count += 1;
  stats.lastAt = now;
  stats.recent.push(now);
  if (stats.recent.length > RECENT_PAINTS) stats.recent.shift();
  if (drewNotes && stats.firstNotesAt === null) stats.firstNotesAt = now;
}
