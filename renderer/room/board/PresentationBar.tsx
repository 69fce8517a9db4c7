import { useTranslation } from 'react-i18next';
import { spotlitPhase, stepCount, stepIndex } from '../../../shared/room/presentation';
import { useBoard } from '../../store/store';
import { facilitatorViewport } from '../facilitatorView';
import { leavePresentation, stepPresentation, toggleLaser, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';

/** The facilitator's controls while presenting: where we are, back, next, laser, leave. */
export function PresentationBar({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const presentation = useRoom((s) => s.presentation);
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
        <strong>{phase ? phase.title : t('room:presentation.overview')}</strong>
        <small>{t('room:presentation.step', { current: stepIndex(presentation, phases) + 1, total: stepCount(phases) })}</small>
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
