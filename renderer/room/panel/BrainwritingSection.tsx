import { useTranslation } from 'react-i18next';
import { useBoard } from '../../store/store';
import { useBoardContext } from '../../board/boardContext';
import { useRoom } from '../roomStore';

export function BrainwritingSection() {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const active = useRoom((s) => s.round !== null);
  const covered = useBoard((s) => {
    let n = 0;
    for (const id in s.doc?.notes ?? {}) if (s.doc!.notes[id]!.covered) n++;
    return n;
  });
  return (
    <section className="room-section" aria-labelledby="room-brainwriting-heading">
      <h3 id="room-brainwriting-heading">{t('room:brainwriting.heading')}</h3>
      <p className="room-hint">{active ? t('room:brainwriting.active') : t('room:brainwriting.hint')}</p>
      <p className="room-status" data-testid="covered-count">
        {t('room:brainwriting.covered', { count: covered })}
      </p>
      <div className="room-row">
        {active ? null : (
          <button type="button" onClick={() => run('room.brainwriting')} data-testid="brainwriting-start">
            {t('room:brainwriting.start')}
          </button>
        )}
        <button type="button" onClick={() => run('room.revealNotes')} disabled={!active && covered === 0} data-testid="brainwriting-reveal">
          {t('room:brainwriting.reveal')}
        </button>
      </div>
    </section>
  );
}
