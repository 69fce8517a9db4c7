/**
 * Everything the analysis panel (and the PDF export's analysis page) shows, computed in one
 * pass over the journey. Pure, so the panel, the exporter and the tests share it.
 */
import { groupByAttribute, type AttributeGroup } from './attributeGroups';
import { experienceShares, type ExperienceBreakdown, type PhaseExperience } from './experienceShare';
import type { AnalysisInput } from './groups';
import { kpiReport, type KpiReport } from './kpiReport';
import { painPointHotspots, type PainPointHotspots } from './painPoints';
import { ratingGaps, type RatingComparison } from './ratingGap';
import { countTouchpoints, type TouchpointCounts } from './touchpointCounts';
import type { Id } from '../model/journey';

export interface JourneyAnalysis {
  touchpoints: TouchpointCounts;
  experience: { perPhase: PhaseExperience[]; total: ExperienceBreakdown };
  painPoints: PainPointHotspots;
  ratings: RatingComparison;
  ownership: { groups: AttributeGroup[]; unset: Id[] };
  directness: { groups: AttributeGroup[]; unset: Id[] };
  kpis: KpiReport;
}

export function analyseJourney(input: AnalysisInput): JourneyAnalysis {
  return {
    touchpoints: countTouchpoints(input),
    experience: experienceShares(input),
    painPoints: painPointHotspots(input),
    ratings: ratingGaps(input),
    ownership: groupByAttribute(input, 'ownership'),
    directness: groupByAttribute(input, 'directness'),
    kpis: kpiReport(input),
  };
}
