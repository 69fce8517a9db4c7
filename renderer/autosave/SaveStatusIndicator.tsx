/**
 * A discreet "Saved / Saving… / Not saved" next to the journey title. It never asks for
 * anything: saving is automatic; when it fails the storage banner says why and what to do.
 */
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from './saveStatus';

export function SaveStatusIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus((s) => s.status);
  if (!status) return null;
  const label =
    status.state === 'saved'
      ? t('settings:save.saved')
      : status.state === 'saving'
        ? t('settings:save.saving')
        : t('settings:save.notSaved');
  const title = status.lastSavedAt
    ? t('settings:save.lastSaved', {
        time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(status.lastSavedAt),
      })
    : undefined;
  return (
    <span className="save-status" data-state={status.state} role="status" title={title} data-testid="save-status">
      <span className="save-status-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
