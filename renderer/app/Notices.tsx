import { useTranslation } from 'react-i18next';
import { noticeStore, useNotices } from './notices';

/** Where notices appear: bottom centre, announced to screen readers. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                notice.action!.run();
                noticeStore.getState().dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label={t('common:actions.close')} onClick={() => noticeStore.getState().dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
