/** The board toolbar's export menu: one entry per export format, each a named action. */
import { useTranslation } from 'react-i18next';
import { MenuButton } from '../board/MenuButton';

const EXPORTS = ['file.exportPng', 'file.exportPdf', 'file.exportCsv', 'file.exportJourney', 'file.exportPack'] as const;

function ExportIcon() {
  return (
    <svg className="board-icon" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M12 3v12" />
      <path d="M7 8l5-5 5 5" />
      <path d="M5 14v5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-5" />
    </svg>
  );
}

export function ExportMenu() {
  const { t } = useTranslation();
  return <MenuButton label={t('file:export.button')} icon={<ExportIcon />} actions={EXPORTS} testId="export-menu" />;
}
