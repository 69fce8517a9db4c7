/**
 * The rules every change to a journey ends with, whoever makes it (a board action, a room
 * command, a method panel, an undo of none of these): the store's changeDoc applies them, so no
 * caller can forget them.
 *
 * - An emotion note's height in its lane is its score (DOMAIN.md's emotion curve): whatever
 *   changed, emotion notes end on their score's level, in the same undo step. Aligned before
 *   growing, so a note dropped low in the lane lands on -2 instead of stretching it.
 * - Columns and lanes grow to fit their notes (never shrink).
 */
import { alignEmotionNotes } from '../../shared/analysis/emotionCurve';
import { growCellsToFit, type JourneyDoc } from '../../shared/model';

export function applyJourneyRules(before: JourneyDoc, after: JourneyDoc): JourneyDoc {
  return after === before ? before : growCellsToFit(alignEmotionNotes(before, after));
}
