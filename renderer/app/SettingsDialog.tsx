/**
 * Settings: the UI language, and how much of this computer's storage the journeys use, with a
 * warning when less than a tenth is left (before saving starts failing) and whether the
 * browser promised to keep the data.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { formatBytes } from './formatBytes';
import { LanguageSwitch } from './LanguageSwitch';
import { isLowOnSpace, useStorageHealth } from './storageHealth';
import { refreshStorageEstimate } from './storageMonitor';

export function SettingsDialog(props: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const estimate = useStorageHealth((s) => s.estimate);
  const persisted = useStorageHealth((s) => s.persisted);
  const newerVersion = useStorageHealth((s) => s.newerVersion);
  useEffect(() => {
    void refreshStorageEstimate();
  }, []);
  const low = isLowOnSpace(estimate);
  const share = estimate && estimate.quota > 0 ? estimate.usage / estimate.quota : 0;
  return (
    <Dialog
      title={t('settings:title')}
      onClose={props.onClose}
      className="settings-dialog"
      testId="settings-dialog"
      footer={
        <button type="button" className="button button-primary" onClick={props.onClose} autoFocus>
          {t('common:actions.close')}
        </button>
      }
    >
      <section className="settings-section">
        <h3>{t('settings:language.heading')}</h3>
        <LanguageSwitch />
      </section>
      <section className="settings-section" data-testid="settings-storage">
        <h3>{t('settings:storage.heading')}</h3>
        {estimate ? (
          <>
            <div className="storage-meter" data-low={low || undefined}>
              <div className="storage-meter-fill" style={{ width: `${Math.min(100, Math.max(0.5, share * 100))}%` }} />
            </div>
            <p className="storage-figures">
              {t('settings:storage.used', {
                used: formatBytes(estimate.usage, i18n.language),
                available: formatBytes(Math.max(0, estimate.quota - estimate.usage), i18n.language),
              })}
            </p>
            {low && (
              <p className="settings-warning" role="alert" data-testid="storage-low-warning">
                {t('settings:storage.low')}
              </p>
            )}
          </>
        ) : (
          <p>{t('settings:storage.unknown')}</p>
        )}
        <p className="settings-note">{persisted ? t('settings:storage.persisted') : t('settings:storage.notPersisted')}</p>
        {newerVersion !== null && <p className="settings-warning">{t('settings:storage.newerDatabase', { version: newerVersion })}</p>}
      </section>
    </Dialog>
  );
}
