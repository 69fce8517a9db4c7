import { useTranslation } from 'react-i18next';
import { facilitatorRuntime } from './facilitatorRuntime';
import { roomStore, useRoom } from './roomStore';

/** Tells the facilitator that the projector went away, and offers to bring it back. */
export function ProjectorNotice() {
  const { t } = useTranslation();
  const notice = useRoom((s) => s.projector.notice);
  const reopenOffer = useRoom((s) => s.projector.reopenOffer);
  if (!notice) return null;
  const dismiss = () => roomStore.setState({ projector: { ...roomStore.getState().projector, notice: null, reopenOffer: false } });
  return (
    <div className="room-notice" role="status" data-testid="projector-notice">
      <p>
        {notice === 'displayRemoved' ? t('room:projector.displayRemoved') : notice === 'lost' ? t('room:projector.lost') : t('room:projector.closedNotice')}
        {reopenOffer ? ` ${t('room:projector.displaysChanged')}` : ''}
      </p>
      <div className="room-row">
        <button type="button" className="room-primary" onClick={() => void facilitatorRuntime().openProjector(null)} data-testid="projector-reopen">
          {t('room:projector.reopen')}
        </button>
        <button type="button" onClick={dismiss}>
          {t('room:projector.dismiss')}
        </button>
      </div>
    </div>
  );
}
