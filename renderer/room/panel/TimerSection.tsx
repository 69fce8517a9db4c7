import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardContext } from '../../board/boardContext';
import { setTimerSound, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';
import { TimerFace } from '../TimerFace';

export function TimerSection({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const timer = useRoom((s) => s.timer);
  const minutes = useRoom((s) => s.settings.timerMinutes);
  const sound = useRoom((s) => s.settings.timerSound);
  const [draft, setDraft] = useState(String(minutes));
  const start = () => {
    run('room.timerStart', Number(draft));
    setDraft(String(ctx.room.getState().settings.timerMinutes));
  };
  return (
    <section className="room-section" aria-labelledby="room-timer-heading">
      <h3 id="room-timer-heading">{t('room:timer.heading')}</h3>
      {timer.status !== 'idle' ? <TimerFace timer={timer} size="small" /> : null}
      <form
        className="room-row"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <label className="room-field">
          <span>{t('room:timer.minutes')}</span>
          <input type="number" min={1} max={180} step={1} value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="timer-minutes" />
        </label>
        <button type="submit" data-testid="timer-start">
          {t('room:timer.start')}
        </button>
      </form>
      <div className="room-row">
        <button type="button" onClick={() => run('room.timerToggle')} disabled={timer.status === 'idle' || timer.status === 'finished'} data-testid="timer-toggle">
          {timer.status === 'paused' ? t('room:timer.resume') : t('room:timer.pause')}
        </button>
        <button type="button" onClick={() => run('room.timerAddMinute')} data-testid="timer-add-minute">
          {t('room:timer.addMinute')}
        </button>
        <button type="button" onClick={() => run('room.timerStop')} disabled={timer.status === 'idle'} data-testid="timer-stop">
          {t('room:timer.stop')}
        </button>
      </div>
      <label className="room-check">
        <input type="checkbox" checked={sound} onChange={(e) => setTimerSound(ctx, e.target.checked)} data-testid="timer-sound" />
        <span>{t('room:timer.sound')}</span>
      </label>
    </section>
  );
}
