/**
 * The browser build's Help menu in the header (the desktop app has Help in its native menu):
 * the keyboard shortcuts while a board is open, and About.
 */
import { useTranslation } from 'react-i18next';
import { runFromShell } from '../actions/activeContext';
import type { ActionName } from '../actions/registry';
import { HelpIcon } from '../board/icons';
import { MenuButton } from '../board/MenuButton';

export function HelpMenu({ onBoard }: { onBoard: boolean }) {
  const { t } = useTranslation();
  const actions: ActionName[] = onBoard ? ['help.shortcuts', 'help.about'] : ['help.about'];
  return <MenuButton label={t('menu:help.label')} icon={<HelpIcon />} actions={actions} testId="help-menu" run={(name) => void runFromShell(name)} />;
}
