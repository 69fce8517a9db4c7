/**
 * "Save file" in the header while a journey is open: in a browser there is no File menu, so
 * this (and Ctrl+S / Ctrl+Shift+S) is how a journey becomes a file to email to participants.
 */
import { useTranslation } from 'react-i18next';
import { saveJourneyFile } from './journeyFiles';

export function SaveFileButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => void saveJourneyFile({ saveAs: false })}
      title={t('library:files.saveHint')}
      aria-keyshortcuts="Control+S"
      data-testid="save-file"
    >
      {t('library:files.save')}
    </button>
  );
}
