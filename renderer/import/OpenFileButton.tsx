/**
 * "Open file…": a button that runs the action file.open (the desktop's native dialog, so the
 * file joins File > Open Recent; a file chooser in the browser). The `<input type="file">`
 * inside stays for assistive tools and tests that hand it a file directly.
 */
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runFromShell } from '../actions/activeContext';
import { fileSource, importStore } from './appImport';
import { IMPORT_ACCEPT } from './platformOpen';

export function OpenFileButton() {
  const { t } = useTranslation();
  const id = useId();
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    event.preventDefault();
    void runFromShell('file.open');
  };
  return (
    <label htmlFor={id} className="button button-quiet open-file-button" title={t('file:open.hint')}>
      {t('file:open.button')}
      <input
        id={id}
        type="file"
        accept={IMPORT_ACCEPT}
        className="visually-hidden-input"
        data-testid="import-file-input"
        onClick={onClick}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // picking the same file again must fire change again
          if (file) void importStore.getState().importFile(fileSource(file));
        }}
      />
    </label>
  );
}
