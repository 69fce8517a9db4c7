import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/resources';
import { changeLanguage } from '../i18n/setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('common:language.label')}</span>
      <select
        value={i18n.language}
        onChange={(e) => void changeLanguage(e.target.value as UiLanguage)}
        data-testid="language-switch"
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`common:language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
