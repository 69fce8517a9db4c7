import { useTranslation } from 'react-i18next';
import { spotlitPhase } from '../../../shared/room/presentation';
import { stepNumber, stepTitle, usePresentationInfo } from '../presentationCaption';
import { useBoard } from '../../store/store';
import { facilitatorViewport } from '../facilitatorView';
import { leavePresentation, stepPresentation, toggleLaser, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';

/** The facilitator's controls while presenting: where we are, back, next, laser, leave. */
export function PresentationBar({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const presentation = useRoom((s) => s.presentation);
  const info = usePresentationInfo();
  const laser = useRoom((s) => s.laser);
  const phases = useBoard((s) => s.doc?.phases ?? []);
  if (!presentation.active) return null;
  const phase = spotlitPhase(presentation, phases);
  return (
    <div className="room-bar room-bar--presentation" role="toolbar" aria-label={t('room:presentation.bar')} data-testid="presentation-bar">
      <button type="button" onClick={() => stepPresentation(ctx, -1, facilitatorViewport())} aria-label={t('room:presentation.previous')}>
        ←
      </button>
      <span className="room-bar__title" data-testid="presentation-title">
        <strong>{stepTitle(t, info, phase ? phase.title : null)}</strong>
        <small>{stepNumber(t, info)}</small>
      </span>
      <button type="button" onClick={() => stepPresentation(ctx, 1, facilitatorViewport())} aria-label={t('room:presentation.next')}>
        →
      </button>
      <button type="button" aria-pressed={laser} onClick={() => toggleLaser(ctx)} data-testid="presentation-laser">
        {t('room:actions.laser')}
      </button>
      <button type="button" onClick={() => leavePresentation(ctx)}>
        {t('room:presentation.leave')}
      </button>
    </div>
  );
}
