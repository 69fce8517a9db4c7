/**
 * The share of positive, neutral and negative touchpoints per phase (the touchpoint attribute
 * "experience"). One bad touchpoint can cost the customer's trust, so the room looks for
 * phases where negatives pile up.
 */
import type { Id, Note } from '../model/journey';
import { notesInReadingOrder, type AnalysisInput } from './groups';
import { isTouchpoint } from './touchpointCounts';

export const EXPERIENCES = ['positive', 'neutral', 'negative'] as const;
export type Experience = (typeof EXPERIENCES)[number];

export interface ExperienceBreakdown {
  positive: Id[];
  neutral: Id[];
  negative: Id[];
  /** Touchpoints nobody has rated yet: not part of the shares. */
  unrated: Id[];
  /** Shares of the rated touchpoints, 0..1, or null when none is rated. */
  shares: Record<Experience, number> | null;
}

export interface PhaseExperience extends ExperienceBreakdown {
  phaseId: Id;
  title: string;
}

function breakdown(notes: readonly Note[]): ExperienceBreakdown {
  const result: ExperienceBreakdown = { positive: [], neutral: [], negative: [], unrated: [], shares: null };
  for (const note of notes) result[note.touchpoint?.experience ?? 'unrated'].push(note.id);
  const rated = result.positive.length + result.neutral.length + result.negative.length;
  if (rated > 0) {
    result.shares = {
      positive: result.positive.length / rated,
      neutral: result.neutral.length / rated,
      negative: result.negative.length / rated,
    };
  }
  return result;
}

export function experienceShares(input: AnalysisInput): { perPhase: PhaseExperience[]; total: ExperienceBreakdown } {
  const touchpoints = notesInReadingOrder(input, isTouchpoint);
  return {
    perPhase: input.phases.map((p) => ({
      phaseId: p.id,
      title: p.title,
      ...breakdown(touchpoints.filter((n) => n.phaseId === p.id)),
    })),
    total: breakdown(touchpoints),
  };
}
