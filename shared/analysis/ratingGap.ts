/**
 * Inside-out versus outside-in: touchpoints the company rates differently from its customers.
 * The literature cites studies where only about 6 of 10 touchpoints are rated the same way;
 * this is the comparison no generic whiteboard makes.
 */
import type { Id } from '../model/journey';
import { notesInReadingOrder, type AnalysisInput } from './groups';
import { isTouchpoint } from './touchpointCounts';

export interface RatingGap {
  noteId: Id;
  text: string;
  phaseId: Id | null;
  companyRating: number;
  customerRating: number;
  /** Company minus customer: positive when the company thinks better of it than customers do. */
  difference: number;
}

export interface RatingComparison {
  /** Touchpoints that carry both ratings. */
  rated: Id[];
  agreeing: Id[];
  /** Largest difference first. */
  gaps: RatingGap[];
}

export function ratingGaps(input: AnalysisInput): RatingComparison {
  const rated = notesInReadingOrder(
    input,
    (n) => isTouchpoint(n) && n.touchpoint?.companyRating !== undefined && n.touchpoint.customerRating !== undefined,
  );
  const gaps: RatingGap[] = [];
  const agreeing: Id[] = [];
  for (const n of rated) {
    const companyRating = n.touchpoint!.companyRating!;
    const customerRating = n.touchpoint!.customerRating!;
    if (companyRating === customerRating) agreeing.push(n.id);
    else gaps.push({ noteId: n.id, text: n.text, phaseId: n.phaseId, companyRating, customerRating, difference: companyRating - customerRating });
  }
  gaps.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
  return { rated: rated.map((n) => n.id), agreeing, gaps };
}
