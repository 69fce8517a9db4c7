/**
 * Recent files on the start screen (desktop only; a browser cannot reopen a file by itself).
 * Opening one goes through the import like File > Open: the file is checked, repaired or
 * refused, and added to the library.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importOpenedFile } from '../import/platformOpen';
import { platform, type RecentFile } from '../platform';
import { FolderOpenIcon } from './icons';
import { fullDateTime, relativeTime } from './relativeTime';

export function RecentFiles() {
  const { t, i18n } = useTranslation();
  const [files, setFiles] = useState<RecentFile[]>([]);
  const recent = platform.recentFiles;
  useEffect(() => {
    recent?.list().then(setFiles, () => setFiles([]));
  }, [recent]);
  if (!recent || files.length === 0) return null;
  const now = Date.now();
  return (
    <section className="recent-files" aria-labelledby="recent-files-heading">
      <h3 id="recent-files-heading">{t('library:recent.heading')}</h3>
      <ul role="list">
        {files.slice(0, 8).map((file) => (
          <li key={file.fileToken}>
            <button
              type="button"
              className="recent-file"
              onClick={() => void recent.open(file.fileToken).then(importOpenedFile, () => importOpenedFile({ canceled: false, ok: false, name: file.name, error: 'unreadable' }))}
              aria-label={t('library:recent.open', { name: file.name })}
            >
              <FolderOpenIcon />
              <span className="recent-name">{file.name}</span>
              <span className="recent-time" title={fullDateTime(file.openedAt, i18n.language)}>
                {relativeTime(file.openedAt, now, i18n.language)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
