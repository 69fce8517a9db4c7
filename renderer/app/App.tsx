import './shell.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { runFromShell } from '../actions/activeContext';
import { bindAppCommands } from '../actions/bindings';
import { SaveStatusIndicator } from '../autosave/SaveStatusIndicator';
import { BoardScreen } from '../board/BoardScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { platform } from '../platform';
import { boardStore, useBoard } from '../store/store';
import { FileButtons } from '../export/FileButtons';
import { FileLayer } from '../export/FileLayer';
import { AboutDialog } from './AboutDialog';
import { appDialogs, useAppDialog } from './appDialogs';
import { flushBeforeQuit } from './journeySession';
import { HelpMenu } from './HelpMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { Notices } from './Notices';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { SaveFileButton } from './SaveFileButton';
import { SettingsDialog } from './SettingsDialog';
import { StorageBanner } from './StorageBanner';
import { startStorageMonitor } from './storageMonitor';
import { useState } from 'react';

const closeDialog = () => appDialogs.getState().close();
const setCreating = (open: boolean) => (open ? void runFromShell('journey.new') : closeDialog());

/** The shell: header, storage banner, and the library or the open journey's board. */
export function App() {
  const { t } = useTranslation();
  const screen = useBoard((s) => s.screen);
  const dialog = useAppDialog();
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    startStorageMonitor();
    const offQuit = platform.onBeforeQuit(flushBeforeQuit);
    // File commands and About, from the desktop menu and (in the browser) their keys.
    const offCommands = bindAppCommands(() => ({ store: boardStore }));
    return () => {
      offQuit();
      offCommands();
    };
  }, []);

  return (
    <div className="app" data-screen={screen.name}>
      <header className="app-header">
        {screen.name === 'board' ? (
          <button type="button" className="button button-quiet back-to-library" onClick={() => void runFromShell('file.closeJourney')} data-testid="back-to-library">
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
        {/* The desktop app has Help in its native menu; the browser build has this one. */}
        {!platform.capabilities.nativeMenu && <HelpMenu onBoard={screen.name === 'board'} />}
      </header>
      <StorageBanner />
      {screen.name === 'board' ? <BoardScreen /> : <LibraryScreen creating={dialog === 'newJourney'} setCreating={setCreating} />}
      <Notices />
      <FileLayer />
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {dialog === 'restoreBackup' && platform.backups && <RestoreBackupDialog backups={platform.backups} onClose={closeDialog} />}
      {dialog === 'about' && <AboutDialog onClose={closeDialog} />}
    </div>
  );
}
