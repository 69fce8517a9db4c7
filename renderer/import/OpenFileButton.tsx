/**
 * "Open file…": a real `<input type="file">` (the browser build's way in, and what tests use),
 * styled as a button. In the desktop app the native dialog is used instead, so the file joins
 * File > Open Recent.
 */
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { fileSource, importStore } from './appImport';
import { IMPORT_ACCEPT, requestOpenFile } from './platformOpen';

export function OpenFileButton() {
  const { t } = useTranslation();
  const id = useId();
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    if (platform.kind !== 'electron') return;
    event.preventDefault();
    requestOpenFile();
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
