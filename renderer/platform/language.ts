/**
 * Keeps the desktop shell's language (its native menu and dialogs) equal to the UI language.
 * renderer/i18n sets `<html lang>` on start and on every switch, so following that attribute
 * covers both without coupling the i18n setup to the platform.
 */
import type { UiLanguageCode } from '../../shared/ipc/channels';
import type { Platform } from './platform';

const isUiLanguage = (value: string | null): value is UiLanguageCode => value === 'en' || value === 'de';

export function followUiLanguage(platform: Pick<Platform, 'setLanguage'>, doc: Document): () => void {
  let sent: string | null = null;
  const sync = () => {
    const language = doc.documentElement.getAttribute('lang');
    if (!isUiLanguage(language) || language === sent) return;
    sent = language;
    void platform.setLanguage(language).catch(() => {
      sent = null; // try again on the next change
    });
  };
  const observer = new MutationObserver(sync);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  sync();
  return () => observer.disconnect();
}
