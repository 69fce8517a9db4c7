import { useTranslation } from 'react-i18next';
import { spotlitPhase } from '../../../shared/room/presentation';
import { stepNumber, stepTitle, usePresentationInfo } from '../presentationCaption';
import { useBoard } from '../../store/store';
import { useBoardContext } from '../../board/boardContext';
import { useRoom } from '../roomStore';

/** The facilitator's controls while presenting: where we are, back, next, laser, leave. */
export function PresentationBar() {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const presentation = useRoom((s) => s.presentation);
  const info = usePresentationInfo();
  const laser = useRoom((s) => s.laser);
  const phases = useBoard((s) => s.doc?.phases ?? []);
  if (!presentation.active) return null;
  const phase = spotlitPhase(presentation, phases);
  return (
    <div className="room-bar room-bar--presentation" role="toolbar" aria-label={t('room:presentation.bar')} data-testid="presentation-bar">
      <button type="button" onClick={() => run('room.previousStep')} aria-label={t('room:presentation.previous')}>
        ←
      </button>
      <span className="room-bar__title" data-testid="presentation-title">
        <strong>{stepTitle(t, info, phase ? phase.title : null)}</strong>
        <small>{stepNumber(t, info)}</small>
      </span>
      <button type="button" onClick={() => run('room.nextStep')} aria-label={t('room:presentation.next')}>
        →
      </button>
      <button type="button" aria-pressed={laser} onClick={() => run('room.laser')} data-testid="presentation-laser">
        {t('room:actions.laser')}
      </button>
      <button type="button" onClick={() => run('room.leavePresentation')}>
        {t('room:presentation.leave')}
      </button>
    </div>
  );
}
