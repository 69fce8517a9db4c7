import './shell.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatusIndicator } from '../autosave/SaveStatusIndicator';
import { BoardScreen } from '../board/BoardScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { platform } from '../platform';
import { boardStore, useBoard } from '../store/store';
import { FileButtons } from '../export/FileButtons';
import { FileLayer } from '../export/FileLayer';
import { bindFileShortcuts } from './fileShortcuts';
import { saveJourneyFile } from './journeyFiles';
import { closeJourney, flushBeforeQuit } from './journeySession';
import { LanguageSwitch } from './LanguageSwitch';
import { Notices } from './Notices';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { SaveFileButton } from './SaveFileButton';
import { SettingsDialog } from './SettingsDialog';
import { StorageBanner } from './StorageBanner';
import { startStorageMonitor } from './storageMonitor';

/** The shell: header, storage banner, and the library or the open journey's board. */
export function App() {
  const { t } = useTranslation();
  const screen = useBoard((s) => s.screen);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    startStorageMonitor();
    const offQuit = platform.onBeforeQuit(flushBeforeQuit);
    const offMenu = platform.onMenuAction((action) => {
      if (action === 'file.closeJourney') void closeJourney();
      if (action === 'journey.new') void closeJourney().then(() => setCreating(true));
      if (action === 'file.save' || action === 'file.saveAs') void saveJourneyFile({ saveAs: action === 'file.saveAs' });
      // Backups exist only where the platform keeps them (desktop); the browser has no such menu.
      if (action === 'help.restoreBackup' && platform.backups) setRestoring(true);
    });
    const offKeys = platform.capabilities.nativeMenu
      ? () => undefined
      : bindFileShortcuts(window, (options) => {
          if (boardStore.getState().doc) void saveJourneyFile(options);
        });
    return () => {
      offQuit();
      offMenu();
      offKeys();
    };
  }, []);

  return (
    <div className="app" data-screen={screen.name}>
      <header className="app-header">
        {screen.name === 'board' ? (
          <button type="button" className="button button-quiet back-to-library" onClick={() => void closeJourney()} data-testid="back-to-library">
            <span aria-hidden="true">←</span> {t('library:backToLibrary')}
          </button>
        ) : null}
        <h1>{t('common:appName')}</h1>
        {screen.name === 'board' && <SaveStatusIndicator />}
        <span className="header-spacer" />
        {screen.name === 'board' && <SaveFileButton />}
        <FileButtons />
        <button type="button" className="button button-quiet" onClick={() => setSettingsOpen(true)} data-testid="open-settings">
          {t('settings:open')}
        </button>
        <LanguageSwitch />
      </header>
      <StorageBanner />
      {screen.name === 'board' ? <BoardScreen /> : <LibraryScreen creating={creating} setCreating={setCreating} />}
      <Notices />
      <FileLayer />
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {restoring && platform.backups && <RestoreBackupDialog backups={platform.backups} onClose={() => setRestoring(false)} />}
    </div>
  );
}
