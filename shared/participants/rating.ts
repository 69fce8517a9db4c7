/** The room's emotion ratings for a phase: the distribution and its median. */
import type { EmotionScore } from '../analysis/emotionCurve';

export type Distribution = readonly [number, number, number, number, number];

/**
 * The median of the ratings (-2..+2). With an even count it takes the lower of the two middle
 * ratings' mean rounded toward zero, so an evenly split room lands on the milder score.
 * Null when nobody rated.
 */
export function medianRating(distribution: Distribution): EmotionScore | null {
  const total = distribution.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (let score = 0; score < 5; score++) {
      seen += distribution[score]!;
      if (index < seen) return score - 2;
    }
    return 2;
  };
  const lower = at(Math.floor((total - 1) / 2));
  const upper = at(Math.floor(total / 2));
  return Math.trunc((lower + upper) / 2) as EmotionScore;
}

export function ratingsCount(distribution: Distribution): number {
  return distribution.reduce((a, b) => a + b, 0);
}
