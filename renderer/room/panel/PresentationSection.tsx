import { useTranslation } from 'react-i18next';
import { stepNumber, usePresentationInfo } from '../presentationCaption';
import { useBoard } from '../../store/store';
import { useBoardContext } from '../../board/boardContext';
import { setGuidingQuestions, type RoomContext } from '../roomCommands';
import { useRoom, type GuidingQuestionSet } from '../roomStore';

export function PresentationSection({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const presentation = useRoom((s) => s.presentation);
  const info = usePresentationInfo();
  const laser = useRoom((s) => s.laser);
  const phases = useBoard((s) => s.doc?.phases ?? null);
  if (!phases) return null;
  return (
    <section className="room-section" aria-labelledby="room-presentation-heading">
      <h3 id="room-presentation-heading">{t('room:presentation.heading')}</h3>
      {presentation.active ? (
        <>
          <p className="room-status room-status--strong" data-testid="presentation-step">
            {stepNumber(t, info)}
          </p>
          <div className="room-row">
            <button type="button" onClick={() => run('room.previousStep')}>
              {t('room:presentation.previous')}
            </button>
            <button type="button" onClick={() => run('room.nextStep')}>
              {t('room:presentation.next')}
            </button>
            <button type="button" onClick={() => run('room.leavePresentation')} data-testid="presentation-leave">
              {t('room:presentation.leave')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="room-primary" onClick={() => run('view.presentation')} data-testid="presentation-start">
          {t('room:presentation.start')}
        </button>
      )}
      <p className="room-hint">{t('room:presentation.keys')}</p>
      <label className="room-field">
        <span>{t('room:presentation.questions')}</span>
        <select
          value={presentation.questions}
          onChange={(e) => setGuidingQuestions(ctx, e.target.value as GuidingQuestionSet)}
          data-testid="presentation-questions"
        >
          <option value="mapping">{t('room:presentation.questionsMapping')}</option>
          <option value="optimisation">{t('room:presentation.questionsOptimisation')}</option>
          <option value="none">{t('room:presentation.questionsNone')}</option>
        </select>
      </label>
      <label className="room-check">
        <input type="checkbox" checked={laser} onChange={() => run('room.laser')} data-testid="laser-toggle" />
        <span>{t('room:presentation.laser')}</span>
      </label>
    </section>
  );
}
