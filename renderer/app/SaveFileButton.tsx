/**
 * "Save file" in the header while a journey is open: in a browser there is no File menu, so
 * this (and the action file.save's key, Ctrl+S) is how a journey becomes a file to email to participants.
 */
import { useTranslation } from 'react-i18next';
import { runFromShell } from '../actions/activeContext';

export function SaveFileButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => void runFromShell('file.save')}
      title={t('library:files.saveHint')}
      aria-keyshortcuts="Control+S"
      data-testid="save-file"
    >
      {t('library:files.save')}
    </button>
  );
}
