/** The words for a presentation step, the same on the laptop and on the projector. */
import type { TFunction } from 'i18next';
import { useBoard } from '../store/store';
import type { RoomState as RoomMessageState } from '../../shared/room/messages';
import { presentationOf } from './roomBroadcast';
import { roomContext } from './roomContext';
import { useRoom } from './roomStore';

type StepInfo = RoomMessageState['presentation'];

export function stepTitle(t: TFunction, info: StepInfo, phaseTitle: string | null): string {
  if (phaseTitle === null) return t('room:presentation.overview');
  return info.parts > 1 ? t('room:presentation.part', { title: phaseTitle, part: info.part + 1, parts: info.parts }) : phaseTitle;
}

export function stepNumber(t: TFunction, info: StepInfo): string {
  return t('room:presentation.step', { current: info.step + 1, total: info.steps });
}

/** The facilitator's current step with its numbers, following the journey and the projector. */
export function usePresentationInfo(): StepInfo {
  const presentation = useRoom((s) => s.presentation);
  // The plan depends on the notes, the projector and the legibility settings.
  useBoard((s) => s.doc);
  useRoom((s) => s.projector.status);
  useRoom((s) => s.settings.thresholdPx);
  useRoom((s) => s.fontScale);
  return presentationOf(presentation, presentation.active ? roomContext.plan() : []);
}
