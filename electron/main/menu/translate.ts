/**
 * Translations for what main shows itself (the native menu, its dialogs), read from the same
 * `menu` namespace JSON files as the renderer. Keys are written `t('menu:file.open')` like in
 * the renderer, so shared/i18n/resources.test.ts checks they exist in both languages.
 */
import { resources, type UiLanguage } from '../../../shared/i18n/resources';

export type Translate = (key: `menu:${string}`, values?: Record<string, string>) => string;

function lookup(bundle: unknown, path: string): string | undefined {
  const found = path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), bundle);
  return typeof found === 'string' ? found : undefined;
}

export function createTranslator(language: UiLanguage): Translate {
  return (key, values = {}) => {
    const path = key.slice('menu:'.length);
    const text = lookup(resources[language].menu, path) ?? lookup(resources.en.menu, path) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}
