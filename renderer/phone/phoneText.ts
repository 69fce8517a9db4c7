/**
 * The phone page's texts: only the participants' namespace, in the phone's own language
 * (German or English, from the browser's language list).
 */
import i18next from 'i18next';
import de from '../../shared/i18n/locales/de/participants.json';
import en from '../../shared/i18n/locales/en/participants.json';

export function phoneLanguage(languages: readonly string[]): 'en' | 'de' {
  for (const language of languages) {
    const base = language.toLowerCase().split(/[-_]/)[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export async function setupPhoneText(languages: readonly string[]) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { participants: en }, de: { participants: de } },
    lng: phoneLanguage(languages),
    fallbackLng: 'en',
    ns: ['participants'],
    defaultNS: 'participants',
    interpolation: { escapeValue: false }, // React escapes what it renders
  });
  document.documentElement.lang = instance.language;
  document.title = instance.t('phone.title');
  return instance;
}
