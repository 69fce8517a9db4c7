import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../store/store';
import { admit, loadNetworks, removeParticipant, renewCode, setAnonymousAllowed, startSession, stopSession } from '../participantsCommands';
import { participantsRuntime } from '../participantsRuntime';
import { participantsStore, useParticipants } from '../participantsStore';
import { QrCode } from '../QrCode';

/** Start and end the phones' session, show how to join, see who joined, let in and remove. */
export function PhoneSessionSection() {
  const { t, i18n } = useTranslation();
  const ctx = participantsRuntime();
  const status = useParticipants((s) => s.status);
  const failure = useParticipants((s) => s.failure);
  const networks = useParticipants((s) => s.networks);
  const address = useParticipants((s) => s.address);
  const anonymousAllowed = useParticipants((s) => s.anonymousAllowed);
  const showNames = useParticipants((s) => s.showNames);
  const showJoin = useParticipants((s) => s.showJoin);
  const snapshot = useParticipants((s) => s.snapshot);
  const hasJourney = useBoard((s) => s.doc !== null);

  useEffect(() => {
    if (participantsStore.getState().status === 'off') void loadNetworks(ctx);
  }, [ctx]);

  const session = snapshot.session;
  const on = status === 'on' && session !== null;
  const time = (ms: number) => new Date(ms).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });

  return (
    <section className="room-section participants-section" aria-labelledby="participants-heading" data-testid="participants-section">
      <h3 id="participants-heading">{t('participants:panel.heading')}</h3>
      {status === 'unavailable' ? (
        <p className="room-hint" data-testid="participants-unavailable">
          {t('participants:panel.unavailable')}
        </p>
      ) : null}
      {!on ? (
        <>
          <p className="room-hint">{t('participants:panel.off')}</p>
          {networks !== null ? (
            networks.length ? (
              <label className="room-field">
                <span>{t('participants:panel.interface')}</span>
                <select value={address ?? ''} onChange={(e) => participantsStore.setState({ address: e.target.value })} data-testid="participants-network">
                  {networks.map((n) => (
                    <option key={n.address} value={n.address}>
                      {n.name} · {n.address}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <p className="room-warning">{t('participants:panel.noNetwork')}</p>
            )
          ) : null}
          <label className="room-check">
            <input type="checkbox" checked={anonymousAllowed} onChange={(e) => setAnonymousAllowed(ctx, e.target.checked)} data-testid="participants-anonymous" />
            <span>{t('participants:panel.allowAnonymous')}</span>
          </label>
          {status === 'failed' && failure ? (
            <p className="room-warning" role="status" data-testid="participants-failed">
              {t('participants:panel.failed', { reason: t(`participants:errors.${failure}`) })}
            </p>
          ) : null}
          <button
            type="button"
            className="room-primary"
            disabled={!hasJourney || status === 'starting' || status === 'unavailable' || (networks !== null && !address)}
            onClick={() => void startSession(ctx)}
            data-testid="participants-start"
          >
            {t('participants:panel.start')}
          </button>
        </>
      ) : (
        <>
          <div className="participants-join">
            <QrCode text={session.joinUrl} pixels={112} label={t('participants:panel.joinLink')} testId="participants-qr" />
            <div>
              <p className="room-status room-status--strong" data-testid="participants-address">
                {t('participants:panel.running', { address: session.address, code: session.code })}
              </p>
              <p className="room-hint">{t('participants:panel.codeExpires', { time: time(session.codeExpiresAt) })}</p>
              <div className="room-row">
                <button type="button" onClick={() => void renewCode(ctx)} data-testid="participants-new-code">
                  {t('participants:panel.newCode')}
                </button>
                <button type="button" onClick={() => void navigator.clipboard?.writeText(session.joinUrl)} data-testid="participants-copy">
                  {t('participants:panel.copyLink')}
                </button>
              </div>
            </div>
          </div>
          <label className="room-check">
            <input type="checkbox" checked={anonymousAllowed} onChange={(e) => setAnonymousAllowed(ctx, e.target.checked)} />
            <span>{t('participants:panel.allowAnonymous')}</span>
          </label>
          <label className="room-check">
            <input type="checkbox" checked={showJoin} onChange={(e) => participantsStore.setState({ showJoin: e.target.checked })} data-testid="participants-show-join" />
            <span>{t('participants:projector.join')}</span>
          </label>
          <label className="room-check">
            <input type="checkbox" checked={showNames} onChange={(e) => participantsStore.setState({ showNames: e.target.checked })} data-testid="participants-show-names" />
            <span>{t('participants:panel.showNames')}</span>
          </label>
          <p className="room-status" data-testid="participants-count">
            {t('participants:panel.joined', { count: snapshot.counts.joined })}
          </p>
          <ul className="participants-list" data-testid="participants-list">
            {snapshot.participants.map((p) => {
              const name = p.name || t('participants:panel.anonymousName');
              return (
                <li key={p.id} className="participants-person" data-testid="participants-person">
                  <span className={p.connected ? 'participants-dot participants-dot--on' : 'participants-dot'} aria-hidden="true" />
                  <span className="participants-name">
                    {p.admitted ? name : t('participants:panel.waitingFor', { name })}
                    <span className="room-hint"> · {p.connected ? t('participants:panel.connected') : t('participants:panel.disconnected')}</span>
                  </span>
                  {!p.admitted ? (
                    <button type="button" onClick={() => void admit(ctx, p.id)} data-testid="participants-admit">
                      {t('participants:panel.admit')}
                    </button>
                  ) : null}
                  <button type="button" onClick={() => void removeParticipant(ctx, p.id)} aria-label={`${t('participants:panel.remove')}: ${name}`} data-testid="participants-remove">
                    {t('participants:panel.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => void stopSession(ctx)} data-testid="participants-stop">
            {t('participants:panel.stop')}
          </button>
        </>
      )}
    </section>
  );
}
