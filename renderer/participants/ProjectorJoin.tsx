/**
 * On the projector: the QR code of the join link, the short address and code for those who
 * type, and the counts (joined, notes arrived, dots cast). Names only when the facilitator
 * chose to show them; never who wrote what.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANTS_CHANNEL, ParticipantsChannelMessageSchema, type ProjectorJoin as Join } from '../../shared/participants/projectorMessages';
import { QrCode } from './QrCode';
import './participants.css';

export function useProjectorJoin(): Join | null {
  const [join, setJoin] = useState<Join | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PARTICIPANTS_CHANNEL);
    channel.onmessage = (event) => {
      const parsed = ParticipantsChannelMessageSchema.safeParse(event.data);
      if (parsed.success && parsed.data.type === 'join') setJoin(parsed.data.join);
    };
    channel.postMessage({ type: 'hello' });
    return () => channel.close();
  }, []);
  return join;
}

export function ProjectorJoin() {
  const { t } = useTranslation();
  const join = useProjectorJoin();
  if (!join) return null;
  const counts = t('participants:projector.counts', { joined: join.joined, notes: join.notes, votes: join.votes });
  const names = join.names?.length ? <span className="projector-join-counts">{t('participants:projector.names', { names: join.names.join(', ') })}</span> : null;
  if (!join.showJoin) {
    return (
      <aside className="projector-join projector-join--small" data-testid="projector-join-counts">
        <div className="projector-join-text">
          <span className="projector-join-counts">{counts}</span>
          {names}
        </div>
      </aside>
    );
  }
  return (
    <aside className="projector-join" data-testid="projector-join">
      <QrCode text={join.joinUrl} pixels={Math.round(Math.min(window.innerWidth, window.innerHeight) * 0.28)} label={t('participants:projector.join')} testId="projector-qr" />
      <div className="projector-join-text">
        <span className="projector-join-title">{t('participants:projector.join')}</span>
        <span>{t('participants:projector.orType', { address: join.address })}</span>
        <span className="projector-join-code" data-testid="projector-code">
          {join.code.slice(0, 3)} {join.code.slice(3)}
        </span>
        <span className="projector-join-counts" data-testid="projector-counts">
          {counts}
        </span>
        {names}
      </div>
    </aside>
  );
}
