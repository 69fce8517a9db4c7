import { useTranslation } from 'react-i18next';
import { elapsedFraction, formatRemaining, remainingMs, settleTimer, type TimerState } from '../../shared/room/timer';
import { useTicker } from './useTicker';

/**
 * The countdown as the room sees it (large, on the projector) or as the facilitator sees it
 * (small, in the panel). When time is up it flashes, then stays red.
 */
export function TimerFace({ timer, size }: { timer: TimerState; size: 'large' | 'small' }) {
  const { t } = useTranslation();
  useTicker(timer.status === 'running');
  const now = Date.now();
  const settled = settleTimer(timer, now);
  const text = formatRemaining(remainingMs(settled, now));
  const progress = elapsedFraction(settled, now);
  return (
    <div
      className={`room-timer room-timer--${size} room-timer--${settled.status}`}
      role="timer"
      aria-label={settled.status === 'finished' ? t('room:timer.finished') : t('room:timer.label')}
      data-testid={`timer-${size}`}
      data-status={settled.status}
    >
      <span className="room-timer__digits">{text}</span>
      {settled.status === 'finished' ? <span className="room-timer__done">{t('room:timer.finished')}</span> : null}
      {settled.status === 'paused' ? <span className="room-timer__paused">{t('room:timer.paused')}</span> : null}
      <span className="room-timer__bar" aria-hidden="true">
        <span style={{ width: `${Math.round(progress * 1000) / 10}%` }} />
      </span>
    </div>
  );
}
