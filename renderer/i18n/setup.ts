import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, pickLanguage, resources, type UiLanguage } from '../../shared/i18n/resources';

const STORAGE_KEY = 'journeyboard.language';

/** The remembered choice, else the system language (navigator.languages follows the OS in Electron). */
export function initialLanguage(): UiLanguage {
  const stored = safeLocalStorage()?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'de') return stored;
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; canvas text is inert.
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  safeLocalStorage()?.setItem(STORAGE_KEY, language);
  window.dispatchEvent(new CustomEvent('journeyboard:language', { detail: language }));
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the app still works, the choice is just not remembered
  }
}
