/** The shell's file buttons: Open (library and board) and Export (board). */
import { useTranslation } from 'react-i18next';
import { OpenFileButton } from '../import/OpenFileButton';
import { useBoard } from '../store/store';
import { runFromShell } from '../actions/activeContext';

export function FileButtons() {
  const { t } = useTranslation();
  const onBoard = useBoard((s) => s.doc !== null && s.screen.name === 'board');
  return (
    <>
      <OpenFileButton />
      {onBoard && (
        <button type="button" className="button button-quiet" onClick={() => void runFromShell('file.exportPng')} data-testid="export-open">
          {t('file:export.button')}
        </button>
      )}
    </>
  );
}
