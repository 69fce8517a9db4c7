import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingsCount } from '../../../shared/participants/rating';
import { useBoard } from '../../store/store';
import { applyMedian, closeRating, currentMedian, openRating } from '../participantsCommands';
import { participantsRuntime } from '../participantsRuntime';
import { participantsStore, useParticipants } from '../participantsStore';

const SCORES = [-2, -1, 0, 1, 2] as const;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The room rates the customer's emotion in a phase; the facilitator sets the median. */
export function PhoneRatingSection() {
  const { t } = useTranslation();
  const ctx = participantsRuntime();
  const doc = useBoard((s) => s.doc);
  const rating = useParticipants((s) => s.snapshot.rating);
  const snapshot = useParticipants((s) => s.snapshot);
  const ratingPhaseId = useParticipants((s) => s.ratingPhaseId);
  const [problem, setProblem] = useState<string | null>(null);
  if (!doc) return null;
  const phaseId = ratingPhaseId ?? doc.phases[0]?.id ?? null;
  const median = currentMedian(snapshot);
  const total = rating ? ratingsCount(rating.distribution) : 0;
  const most = rating ? Math.max(1, ...rating.distribution) : 1;

  return (
    <section className="room-section" aria-labelledby="participants-rating-heading" data-testid="participants-rating">
      <h3 id="participants-rating-heading">{t('participants:panel.ratingHeading')}</h3>
      {rating ? (
        <>
          <p className="room-status room-status--strong">
            {rating.phaseTitle} · <span data-testid="participants-rating-count">{t('participants:panel.ratingCount', { count: total })}</span>
          </p>
          <div className="participants-bars" data-testid="participants-distribution">
            {SCORES.map((score, i) => (
              <div key={score} className="participants-bar-row">
                <span className="participants-bar-label">{signed(score)}</span>
                <span className="participants-bar" style={{ width: `${(rating.distribution[i]! / most) * 100}%` }} />
                <span data-testid={`participants-distribution-${score}`}>{rating.distribution[i]}</span>
              </div>
            ))}
          </div>
          {problem ? <p className="room-warning">{problem}</p> : null}
          <div className="room-row">
            <button
              type="button"
              className="room-primary"
              disabled={median === null}
              onClick={() => {
                const outcome = applyMedian(ctx, t(`participants:phone.score.${median ?? 0}`));
                setProblem(outcome === 'noEmotionLane' ? t('participants:panel.noEmotionLane') : null);
              }}
              data-testid="participants-set-median"
            >
              {t('participants:panel.setMedian', { score: median === null ? '–' : signed(median) })}
            </button>
            <button type="button" onClick={() => void closeRating(ctx)} data-testid="participants-close-rating">
              {t('participants:panel.closeRating')}
            </button>
          </div>
        </>
      ) : (
        <>
          <label className="room-field">
            <span>{t('participants:panel.phase')}</span>
            <select value={phaseId ?? ''} onChange={(e) => participantsStore.setState({ ratingPhaseId: e.target.value })} data-testid="participants-rating-phase">
              {doc.phases.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title || '—'}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="room-primary" disabled={!phaseId} onClick={() => void openRating(ctx, phaseId)} data-testid="participants-open-rating">
            {t('participants:panel.openRating')}
          </button>
        </>
      )}
    </section>
  );
}
