import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayInfo } from '../../platform/platform';
import { platform } from '../../platform';
import { useBoard } from '../../store/store';
import { useBoardContext } from '../../board/boardContext';
import { setProjectorView, type RoomContext } from '../roomCommands';
import { useRoom } from '../roomStore';
import { ProjectorPreview } from '../ProjectorPreview';
import { ProjectorNotice } from '../ProjectorNotice';
import type { OpenResult } from '../projectorWindow';

const WHOLE_JOURNEY = '';

export function ProjectorSection({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const projector = useRoom((s) => s.projector);
  const view = useRoom((s) => s.projectorView);
  const presenting = useRoom((s) => s.presentation.active);
  const phases = useBoard((s) => s.doc?.phases ?? []);
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const [displayId, setDisplayId] = useState<number | null>(null);
  const [result, setResult] = useState<OpenResult | null>(null);

  useEffect(() => {
    const api = platform.projector;
    if (!api) return;
    let live = true;
    void api.listDisplays().then((list) => live && setDisplays(list));
    const off = api.onDisplaysChanged((list) => setDisplays(list));
    return () => {
      live = false;
      off();
    };
  }, []);

  const { run } = useBoardContext();
  const open = () => run('view.projector', { displayId, report: setResult });
  const close = () => run('room.projectorClose');

  return (
    <section className="room-section" aria-labelledby="room-projector-heading">
      <h3 id="room-projector-heading">{t('room:projector.heading')}</h3>
      <p className="room-status" data-testid="projector-status">
        {projector.connected && projector.status
          ? t('room:projector.connected', { width: Math.round(projector.status.viewport.width * projector.status.deviceScale), height: Math.round(projector.status.viewport.height * projector.status.deviceScale) })
          : t('room:projector.notConnected')}
      </p>
      <ProjectorNotice />
      {result === 'blocked' ? <p className="room-warning" role="alert">{t('room:projector.blocked')}</p> : null}
      {result === 'failed' ? <p className="room-warning" role="alert">{t('room:projector.failed')}</p> : null}
      {platform.projector && displays.length > 0 ? (
        <label className="room-field">
          <span>{t('room:projector.display')}</span>
          <select value={displayId === null ? '' : String(displayId)} onChange={(e) => setDisplayId(e.target.value === '' ? null : Number(e.target.value))} data-testid="projector-display">
            <option value="">{t('room:projector.displayAuto')}</option>
            {displays.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.label} (${d.width} × ${d.height})${d.primary ? ` · ${t('room:projector.primary')}` : ''}`}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="room-row">
        <button type="button" className={projector.connected ? undefined : 'room-primary'} onClick={open} data-testid="projector-open">
          {projector.connected ? t('room:projector.bringToFront') : t('room:projector.open')}
        </button>
        <button type="button" onClick={close} disabled={!projector.connected} data-testid="projector-close">
          {t('room:projector.close')}
        </button>
      </div>
      {platform.projector ? null : <p className="room-hint">{t('room:projector.browserHint')}</p>}

      <fieldset className="room-fieldset" disabled={presenting}>
        <legend>{t('room:projector.roomSees')}</legend>
        <label className="room-check">
          <input type="radio" name="projector-view" checked={view.mode === 'follow'} onChange={() => setProjectorView(ctx, { mode: 'follow' })} data-testid="projector-follow" />
          <span>{t('room:projector.follow')}</span>
        </label>
        <label className="room-check">
          <input
            type="radio"
            name="projector-view"
            checked={view.mode === 'phase'}
            onChange={() => setProjectorView(ctx, { mode: 'phase', phaseId: null })}
            data-testid="projector-stay"
          />
          <span>{t('room:projector.stay')}</span>
        </label>
        {view.mode === 'phase' ? (
          <select
            aria-label={t('room:projector.stayOn')}
            value={view.phaseId ?? WHOLE_JOURNEY}
            onChange={(e) => setProjectorView(ctx, { mode: 'phase', phaseId: e.target.value === WHOLE_JOURNEY ? null : e.target.value })}
            data-testid="projector-phase"
          >
            <option value={WHOLE_JOURNEY}>{t('room:projector.wholeJourney')}</option>
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title || t('room:projector.untitledPhase')}
              </option>
            ))}
          </select>
        ) : null}
      </fieldset>
      <ProjectorPreview />
    </section>
  );
}
