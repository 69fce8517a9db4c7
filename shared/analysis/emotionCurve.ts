/**
 * Geometry of the emotion curve (DOMAIN.md: emotions are drawn as a curve across the phases).
 * An emotion note's height in the emotion lane follows its score (-2 at the bottom, +2 at the
 * top); the curve runs through the notes in phase order. Two curves can share a lane: the
 * as-is journey ('current') and the target experience ('target').
 *
 * The curve is a monotone cubic (Fritsch-Carlson) rather than plain Catmull-Rom: Catmull-Rom
 * overshoots at a peak, which would draw the curve above +2 or out of the lane and make a
 * score look higher than the room gave it.
 */
import type { JourneyDoc } from '../model/document';
import { CELL_PADDING, computeGridLayout, type GridLayout, type Point } from '../model/grid';
import type { Id, Note } from '../model/journey';

export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const;
export type EmotionScore = (typeof EMOTION_SCORES)[number];
export const CURVES = ['current', 'target'] as const;
export type CurveName = (typeof CURVES)[number];

/** The room that note tops have in a lane: from the padding down to where the note still fits. */
function topRange(laneHeight: number, noteHeight: number): { min: number; span: number } {
  return { min: CELL_PADDING, span: Math.max(0, laneHeight - noteHeight - 2 * CELL_PADDING) };
}

/** A note's y (relative to its lane) for a score: +2 at the top, -2 at the bottom. */
export function emotionNoteY(score: number, laneHeight: number, noteHeight: number): number {
  const { min, span } = topRange(laneHeight, noteHeight);
  const clamped = Math.max(-2, Math.min(2, score));
  return min + ((2 - clamped) / 4) * span;
}

/** The score a note dragged to `y` (relative to its lane) stands for: the nearest level. */
export function emotionScoreAt(y: number, laneHeight: number, noteHeight: number): EmotionScore {
  const { min, span } = topRange(laneHeight, noteHeight);
  if (span === 0) return 0;
  const score = Math.round(2 - ((y - min) / span) * 4);
  // `+ 0` turns -0 (from rounding a small negative) into 0.
  return (Math.max(-2, Math.min(2, score)) + 0) as EmotionScore;
}

/** The curve a note belongs to; notes without the field are the as-is journey. */
export const curveOf = (note: Pick<Note, 'curve'>): CurveName => note.curve ?? 'current';
/** The score a note shows; an emotion note nobody has scored yet sits at neutral. */
export const scoreOf = (note: Pick<Note, 'emotion'>): number => note.emotion ?? 0;

export interface CurvePoint extends Point {
  noteId: Id;
  score: number;
}

export interface CubicSegment {
  c1: Point;
  c2: Point;
  to: Point;
}

/** A smooth path: move to `start`, then one cubic Bezier per following point. */
export interface SmoothPath {
  start: Point;
  segments: CubicSegment[];
}

export interface EmotionCurve {
  laneId: Id;
  curve: CurveName;
  points: CurvePoint[];
  path: SmoothPath | null;
}

/**
 * The curves of a board, one per emotion lane and curve name, with points at the note centres
 * (x from where the note sits in its column, y from its score) in phase order.
 */
export function emotionCurves(doc: Pick<JourneyDoc, 'phases' | 'lanes' | 'notes'>, layout: GridLayout = computeGridLayout(doc.phases, doc.lanes)): EmotionCurve[] {
  const phaseIndex = new Map(doc.phases.map((p, i) => [p.id, i]));
  const lanes = doc.lanes.filter((l) => l.kind === 'emotion' && layout.rowById.has(l.id));
  const result: EmotionCurve[] = [];
  for (const lane of lanes) {
    const row = layout.rowById.get(lane.id)!;
    for (const curve of CURVES) {
      const notes = Object.values(doc.notes).filter(
        (n) => n.kind === 'emotion' && n.laneId === lane.id && n.phaseId !== null && phaseIndex.has(n.phaseId) && curveOf(n) === curve,
      );
      const points = notes
        .map((n) => {
          const column = layout.columnById.get(n.phaseId!)!;
          const score = scoreOf(n);
          return {
            noteId: n.id,
            score,
            x: column.x + n.x + n.width / 2,
            y: row.y + emotionNoteY(score, row.height, n.height) + n.height / 2,
            order: phaseIndex.get(n.phaseId!)!,
          };
        })
        .sort((a, b) => a.order - b.order || a.x - b.x || (a.noteId < b.noteId ? -1 : 1))
        .map(({ order: _order, ...p }) => p);
      if (points.length > 0) result.push({ laneId: lane.id, curve, points, path: smoothPath(points) });
    }
  }
  return result;
}

/**
 * Monotone cubic interpolation through points ordered by x, as Bezier segments. Between two
 * points the curve never leaves their y range, so it stays within the scores given.
 */
export function smoothPath(points: readonly Point[]): SmoothPath | null {
  const n = points.length;
  if (n === 0) return null;
  const start = { x: points[0]!.x, y: points[0]!.y };
  if (n === 1) return { start, segments: [] };
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const h = points[i + 1]!.x - points[i]!.x;
    dx.push(h);
    slope.push(h > 0 ? (points[i + 1]!.y - points[i]!.y) / h : 0);
  }
  const tangent: number[] = new Array(n).fill(0);
  tangent[0] = slope[0]!;
  tangent[n - 1] = slope[n - 2]!;
  for (let i = 1; i < n - 1; i++) {
    const a = slope[i - 1]!;
    const b = slope[i]!;
    // Flat at a peak, a valley or a plateau; otherwise a weighted harmonic mean keeps it monotone.
    if (a * b <= 0) tangent[i] = 0;
    else {
      const w1 = 2 * dx[i]! + dx[i - 1]!;
      const w2 = dx[i]! + 2 * dx[i - 1]!;
      tangent[i] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  const segments: CubicSegment[] = [];
  for (let i = 0; i < n - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const h = dx[i]!;
    if (h <= 0) {
      // Two notes at the same x: a straight stroke, not a loop.
      segments.push({ c1: { x: p.x, y: p.y }, c2: { x: q.x, y: q.y }, to: { x: q.x, y: q.y } });
      continue;
    }
    // Fritsch-Carlson: shrink end tangents that would overshoot this segment.
    let m0 = tangent[i]!;
    let m1 = tangent[i + 1]!;
    const s = slope[i]!;
    if (s === 0) {
      m0 = 0;
      m1 = 0;
    } else {
      const alpha = m0 / s;
      const beta = m1 / s;
      const norm = alpha * alpha + beta * beta;
      if (alpha < 0) m0 = 0;
      if (beta < 0) m1 = 0;
      if (norm > 9) {
        const tau = 3 / Math.sqrt(norm);
        m0 = tau * alpha * s;
        m1 = tau * beta * s;
      }
    }
    segments.push({
      c1: { x: p.x + h / 3, y: p.y + (m0 * h) / 3 },
      c2: { x: q.x - h / 3, y: q.y - (m1 * h) / 3 },
      to: { x: q.x, y: q.y },
    });
  }
  return { start, segments };
}

/** Samples a path (for hit tests, exports and tests): `steps` points per segment. */
export function samplePath(path: SmoothPath, steps = 16): Point[] {
  const out: Point[] = [path.start];
  let from = path.start;
  for (const seg of path.segments) {
    for (let k = 1; k <= steps; k++) {
      const t = k / steps;
      const u = 1 - t;
      out.push({
        x: u * u * u * from.x + 3 * u * u * t * seg.c1.x + 3 * u * t * t * seg.c2.x + t * t * t * seg.to.x,
        y: u * u * u * from.y + 3 * u * u * t * seg.c1.y + 3 * u * t * t * seg.c2.y + t * t * t * seg.to.y,
      });
    }
    from = seg.to;
  }
  return out;
}

/**
 * Keeps every emotion note in an emotion lane at its score's level after a change (DOMAIN.md:
 * the note's height in the lane is its score). A note that moved up or down takes the score of
 * where it landed; a note whose score was set, or that changed otherwise (new text, a new size,
 * a new column), keeps its score and is put back on that score's level; so are all emotion
 * notes of a lane whose height changed. Untouched notes are not even looked at twice.
 */
export function alignEmotionNotes<D extends Pick<JourneyDoc, 'lanes' | 'notes'>>(prev: D, next: D): D {
  const lanes = new Map(next.lanes.filter((l) => l.kind === 'emotion').map((l) => [l.id, l]));
  if (lanes.size === 0) return next;
  const prevHeights = new Map(prev.lanes.map((l) => [l.id, l.kind === 'emotion' ? l.height : -1]));
  const resized = new Set([...lanes.values()].filter((l) => prevHeights.get(l.id) !== l.height).map((l) => l.id));
  if (resized.size === 0 && prev.notes === next.notes) return next;
  let notes: Record<Id, Note> | null = null;
  for (const id in next.notes) {
    const note = next.notes[id]!;
    if (note.kind !== 'emotion' || note.phaseId === null || note.laneId === null) continue;
    const lane = lanes.get(note.laneId);
    const before = prev.notes[id];
    if (!lane || (before === note && !resized.has(lane.id))) continue;
    const moved = !before || before.y !== note.y || before.laneId !== note.laneId;
    const scoreSet = before !== undefined && before.emotion !== note.emotion && note.emotion !== undefined;
    const emotion = !scoreSet && (moved || note.emotion === undefined) ? emotionScoreAt(note.y, lane.height, note.height) : scoreOf(note);
    const y = emotionNoteY(emotion, lane.height, note.height);
    if (note.emotion === emotion && note.y === y) continue;
    notes ??= { ...next.notes };
    notes[id] = { ...note, emotion, y };
  }
  return notes ? { ...next, notes } : next;
}

/** Sets the score of emotion notes and, in an emotion lane, moves each to its score's level. */
export function setEmotionScores<D extends Pick<JourneyDoc, 'lanes' | 'notes'>>(doc: D, ids: Iterable<Id>, score: EmotionScore): D {
  const emotionLanes = new Map(doc.lanes.filter((l) => l.kind === 'emotion').map((l) => [l.id, l]));
  let notes: Record<Id, Note> | null = null;
  for (const id of ids) {
    const note = doc.notes[id];
    if (!note || note.kind !== 'emotion') continue;
    const lane = note.laneId === null ? undefined : emotionLanes.get(note.laneId);
    const y = lane && note.phaseId !== null ? emotionNoteY(score, lane.height, note.height) : note.y;
    if (note.emotion === score && note.y === y) continue;
    notes ??= { ...doc.notes };
    notes[id] = { ...note, emotion: score, y };
  }
  return notes ? { ...doc, notes } : doc;
}
