/**
 * Everything the import shows, mounted once in the shell: dropping a file anywhere on the
 * window, the progress line, the error (an element with role="alert", so screen readers
 * announce it), the copy-or-replace question and the list of repairs.
 */
import './import.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Dialog } from '../app/Dialog';
import { showNotice } from '../app/notices';
import { platform } from '../platform';
import { fileSource, importStore, replacedVersionTitle } from './appImport';
import { importErrorMessage, repairMessage } from './importMessages';
import { importOpenedFile } from './platformOpen';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const dragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // without this the browser would open the file itself
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importStore.getState().importFile(fileSource(file));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', dragOver);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', dragOver);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

export function ImportLayer() {
  const { t } = useTranslation();
  const state = useStore(importStore);
  const dragging = useFileDrop();

  useEffect(() => {
    // File > Open and its key are the app-level action file.open (renderer/app/appActions.ts);
    // files from the OS, the command line and Open Recent arrive here.
    return platform.onOpenFile(importOpenedFile);
  }, []);

  // A clean import needs no dialog: a notice says it worked and the board opens.
  useEffect(() => {
    if (state.step === 'done' && state.repairs.length === 0) {
      const text = state.replacedTitle
        ? t('storage:replace.done', { title: state.title, replaced: state.replacedTitle })
        : t('file:import.done', { title: state.title });
      showNotice({ tone: 'info', text });
      importStore.getState().dismiss();
    }
  }, [state, t]);

  const dismiss = () => importStore.getState().dismiss();

  return (
    <>
      {dragging && (
        <div className="import-drop-overlay" data-testid="import-drop-overlay">
          <p>{t('file:open.drop')}</p>
        </div>
      )}
      {(state.step === 'reading' || state.step === 'storing') && (
        <div className="import-status" role="status">
          {t('file:import.reading', { name: state.fileName })}
        </div>
      )}
      {state.step === 'failed' && (
        <div className="import-alert" role="alert" data-testid="import-alert">
          <div>
            <strong>{t('file:import.failed', { name: state.fileName })}</strong>
            <p>{importErrorMessage(t, state.problem)}</p>
            <p className="import-alert-calm">{t('file:import.nothingChanged')}</p>
          </div>
          <button type="button" className="button button-quiet" onClick={dismiss} data-testid="import-alert-close">
            {t('common:actions.close')}
          </button>
        </div>
      )}
      {state.step === 'conflict' && (
        <Dialog
          title={t('file:import.conflict.title')}
          onClose={() => void importStore.getState().resolveConflict('cancel')}
          testId="import-conflict"
          footer={
            <>
              <button type="button" className="button" onClick={() => void importStore.getState().resolveConflict('cancel')}>
                {t('common:actions.cancel')}
              </button>
              <button type="button" className="button" onClick={() => void importStore.getState().resolveConflict('replace')} data-testid="import-replace">
                {t('file:import.conflict.replace')}
              </button>
              <button type="button" className="button button-primary" autoFocus onClick={() => void importStore.getState().resolveConflict('copy')} data-testid="import-copy">
                {t('file:import.conflict.copy')}
              </button>
            </>
          }
        >
          <p>{t('file:import.conflict.message', { title: state.journey.title, existing: state.existingTitle })}</p>
          <p data-testid="import-replace-note">{t('storage:replace.dialogNote', { replaced: replacedVersionTitle(state.existingTitle, new Date()) })}</p>
        </Dialog>
      )}
      {state.step === 'done' && state.repairs.length > 0 && (
        <Dialog
          title={t('file:import.repairs.title')}
          onClose={dismiss}
          testId="import-repairs"
          footer={
            <button type="button" className="button button-primary" autoFocus onClick={dismiss}>
              {t('file:import.repairs.open')}
            </button>
          }
        >
          <p>{t('file:import.repairs.intro', { title: state.title })}</p>
          {state.replacedTitle && <p>{t('storage:replace.done', { title: state.title, replaced: state.replacedTitle })}</p>}
          <ul className="import-repairs">
            {state.repairs.map((repair) => (
              <li key={repair.code} data-code={repair.code}>
                {repairMessage(t, repair)}
                {repair.paths.length > 0 && (
                  <span className="import-repair-where"> ({t('file:import.repairs.where', { paths: repair.paths.join(', ') })})</span>
                )}
              </li>
            ))}
          </ul>
        </Dialog>
      )}
    </>
  );
}
