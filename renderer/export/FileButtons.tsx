/** The shell's file buttons: Open (library and board) and Export (board). */
import { useTranslation } from 'react-i18next';
import { OpenFileButton } from '../import/OpenFileButton';
import { useBoard } from '../store/store';
import { exportDialogStore } from './exportDialogStore';

export function FileButtons() {
  const { t } = useTranslation();
  const onBoard = useBoard((s) => s.doc !== null && s.screen.name === 'board');
  return (
    <>
      <OpenFileButton />
      {onBoard && (
        <button type="button" className="button button-quiet" onClick={() => exportDialogStore.getState().show('png')} data-testid="export-open">
          {t('file:export.button')}
        </button>
      )}
    </>
  );
}
