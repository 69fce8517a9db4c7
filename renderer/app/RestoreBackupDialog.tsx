/**
 * Help > Restore from backup (desktop only): the rolling backups main keeps on disk, newest
 * first, grouped by journey. Restoring reads the backup through the file format's import
 * pipeline (a backup is a journey file and is never trusted more than one) and adds it to the
 * library as a new journey, so nothing in the library is overwritten.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importJourneyText } from '../../shared/format';
import { newId, type Journey } from '../../shared/model';
import { importErrorMessage } from '../import/importMessages';
import { addJourney } from '../library/libraryActions';
import { fullDateTime } from '../library/relativeTime';
import type { BackupEntry, BackupsApi } from '../platform';
import { Dialog } from './Dialog';
import { formatBytes } from './formatBytes';
import { openJourney } from './journeySession';
import { showNotice } from './notices';

/** The restored copy: a new id (the original may still be in the library) and a telling title. */
export function restoredJourney(journey: Journey, title: string, now = new Date()): Journey {
  const stamp = now.toISOString();
  return { ...journey, id: newId(), title, createdAt: stamp, updatedAt: stamp };
}

export function RestoreBackupDialog(props: { backups: BackupsApi; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const { backups, onClose } = props;

  useEffect(() => {
    backups.list().then(setEntries, () => {
      setFailed(true);
      setEntries([]);
    });
  }, [backups]);

  const groups = useMemo(() => {
    const byJourney = new Map<string, BackupEntry[]>();
    for (const entry of entries ?? []) byJourney.set(entry.journeyId, [...(byJourney.get(entry.journeyId) ?? []), entry]);
    return [...byJourney.values()].map((list) => list.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
  }, [entries]);

  const restore = async (entry: BackupEntry) => {
    setBusy(entry.backupToken);
    try {
      const content = await backups.read(entry.backupToken);
      if (content === null) {
        showNotice({ tone: 'error', text: t('settings:backups.gone') });
        return;
      }
      const result = importJourneyText(content);
      if (!result.ok) {
        showNotice({ tone: 'error', text: importErrorMessage(t, result.error) });
        return;
      }
      const title = t('settings:backups.restoredTitle', { title: result.journey.title, date: fullDateTime(entry.savedAt, i18n.language) });
      const id = await addJourney(restoredJourney(result.journey, title.slice(0, 300)));
      onClose();
      await openJourney(id);
      showNotice({ tone: 'info', text: t('settings:backups.restored', { title: result.journey.title }) });
    } catch {
      showNotice({ tone: 'error', text: t('settings:backups.failed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog
      title={t('settings:backups.title')}
      onClose={onClose}
      className="restore-dialog"
      testId="restore-backup-dialog"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      }
    >
      <p>{t('settings:backups.intro')}</p>
      {entries === null ? (
        <p>{t('common:loading')}</p>
      ) : failed ? (
        <p role="alert">{t('settings:backups.listFailed')}</p>
      ) : groups.length === 0 ? (
        <p>{t('settings:backups.none')}</p>
      ) : (
        <ul className="backup-groups" role="list">
          {groups.map((list) => (
            <li key={list[0]!.journeyId} className="backup-group">
              <h3>{list[0]!.title || t('library:card.untitled')}</h3>
              <ul role="list" className="backup-entries">
                {list.map((entry) => (
                  <li key={entry.backupToken} className="backup-entry">
                    <span>{fullDateTime(entry.savedAt, i18n.language)}</span>
                    <span className="backup-size">{formatBytes(entry.bytes, i18n.language)}</span>
                    <button
                      type="button"
                      className="button"
                      disabled={busy !== null}
                      onClick={() => void restore(entry)}
                      aria-label={t('settings:backups.restoreNamed', { title: entry.title, date: fullDateTime(entry.savedAt, i18n.language) })}
                    >
                      {t('settings:backups.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
