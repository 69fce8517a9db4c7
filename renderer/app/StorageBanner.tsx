/**
 * The one place that tells the facilitator storage is in trouble, what it means for their work
 * and what to do: a database from a newer app (read only), storage unavailable, a failed save
 * (disk full or other; the work stays in this window and saving keeps retrying), space running low.
 */
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../autosave/saveStatus';
import { formatBytes } from './formatBytes';
import { isLowOnSpace, useStorageHealth } from './storageHealth';

export function StorageBanner() {
  const { t, i18n } = useTranslation();
  const newerVersion = useStorageHealth((s) => s.newerVersion);
  const unavailable = useStorageHealth((s) => s.unavailable);
  const estimate = useStorageHealth((s) => s.estimate);
  const failure = useSaveStatus((s) => (s.status?.state === 'unsaved' ? s.status.failure : null));
  const retry = useSaveStatus((s) => s.retry);

  const banners: { key: string; tone: 'error' | 'warning'; text: string; retry?: boolean }[] = [];
  if (newerVersion !== null) banners.push({ key: 'newer', tone: 'error', text: t('settings:banner.newerDatabase', { version: newerVersion }) });
  if (unavailable) banners.push({ key: 'unavailable', tone: 'error', text: t('settings:banner.unavailable') });
  if (failure === 'quota') banners.push({ key: 'quota', tone: 'error', text: t('settings:banner.quota'), retry: true });
  if (failure === 'other' || failure === 'unavailable') banners.push({ key: 'failed', tone: 'error', text: t('settings:banner.saveFailed'), retry: true });
  if (failure !== 'quota' && isLowOnSpace(estimate)) {
    banners.push({
      key: 'low',
      tone: 'warning',
      text: t('settings:banner.lowSpace', { available: formatBytes(Math.max(0, estimate!.quota - estimate!.usage), i18n.language) }),
    });
  }
  if (banners.length === 0) return null;
  return (
    <div className="banners">
      {banners.map((b) => (
        <div key={b.key} className="banner" data-tone={b.tone} role="alert" data-testid={`banner-${b.key}`}>
          <span>{b.text}</span>
          {b.retry && retry && (
            <button type="button" className="button banner-button" onClick={retry} data-testid="banner-retry">
              {t('settings:banner.retry')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
