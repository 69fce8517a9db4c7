import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGIBILITY_THRESHOLD } from '../../../shared/room/legibility';
import { useBoardContext } from '../../board/boardContext';
import { setThreshold, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';
import type { ProjectorLegibility } from '../useProjectorLegibility';

export function LegibilitySection({ ctx, legibility }: { ctx: RoomContext; legibility: ProjectorLegibility | null }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const threshold = useRoom((s) => s.settings.thresholdPx);
  const fontScale = useRoom((s) => s.fontScale);
  const [draft, setDraft] = useState<string | null>(null);
  const report = legibility?.report;
  const smallest = report?.smallest ? Math.round(report.smallest.referencePx) : null;

  return (
    <section className="room-section" aria-labelledby="room-legibility-heading">
      <h3 id="room-legibility-heading">{t('room:legibility.heading')}</h3>
      <label className="room-field">
        <span>{t('room:legibility.threshold')}</span>
        <span className="room-inline">
          <input
            type="number"
            min={LEGIBILITY_THRESHOLD.min}
            max={LEGIBILITY_THRESHOLD.max}
            step={1}
            value={draft ?? String(threshold)}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => {
              if (draft !== null && draft !== '') setThreshold(ctx, Number(draft));
              setDraft(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
            data-testid="legibility-threshold"
          />
          <span>{t('room:legibility.unit')}</span>
        </span>
      </label>
      {legibility?.assumed ? <p className="room-hint">{t('room:legibility.assumed')}</p> : null}
      {report && smallest !== null ? (
        <p className="room-status" data-testid="legibility-smallest">
          {t('room:legibility.smallest', { px: smallest })}
        </p>
      ) : null}
      {report ? (
        report.legible ? (
          <p className="room-ok" data-testid="legibility-ok">
            {t('room:legibility.ok')}
          </p>
        ) : (
          <p className="room-warning" role="status" data-testid="legibility-warning">
            {t('room:legibility.warning', { count: report.illegibleCount })}
          </p>
        )
      ) : null}
      <div className="room-row">
        <button
          type="button"
          className={report && !report.legible ? 'room-primary' : undefined}
          disabled={!legibility || report?.legible}
          onClick={() => run('room.enlargeText', legibility)}
          data-testid="legibility-enlarge"
        >
          {t('room:legibility.enlarge')}
        </button>
        <button type="button" onClick={() => run('room.resetTextSize')} disabled={fontScale === 1} data-testid="legibility-reset">
          {t('room:legibility.reset')}
        </button>
      </div>
      <p className="room-status" data-testid="legibility-font-scale">
        {t('room:legibility.fontScale', { percent: Math.round(fontScale * 100) })}
      </p>
    </section>
  );
}
