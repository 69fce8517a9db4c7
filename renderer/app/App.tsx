import { useTranslation } from 'react-i18next';
import { useBoard } from '../store/store';
import { LanguageSwitch } from './LanguageSwitch';

export function App() {
  const { t } = useTranslation();
  const screen = useBoard((s) => s.screen);
  return (
    <div className="app" data-screen={screen.name}>
      <header className="app-header">
        <h1>{t('common:appName')}</h1>
        <LanguageSwitch />
      </header>
    </div>
  );
}
