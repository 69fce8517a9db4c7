import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, pickLanguage, resources } from './resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it.each(NAMESPACES)('namespace %s has the same keys in English and German', (ns) => {
    const en = keys(resources.en[ns]).sort();
    const de = keys(resources.de[ns]).sort();
    expect(de.filter((k) => !en.includes(k)), 'only in German').toEqual([]);
    expect(en.filter((k) => !de.includes(k)), 'only in English').toEqual([]);
  });

  it('has no empty translation', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const ns of NAMESPACES) {
        const flat = JSON.stringify(resources[lang][ns]);
        expect(flat, `${lang}/${ns}`).not.toMatch(/:""/);
      }
    }
  });

  it('knows every literal key the code asks for', () => {
    // Literal keys in t('ns:key') and i18nKey="ns:key" calls must exist in both languages.
    const used = new Set<string>();
    for (const file of [...sourceFiles('renderer'), ...sourceFiles('electron')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:t|i18n\.t|translate)\(\s*['"`]([a-z]+:[A-Za-z0-9_.]+)['"`]/g)) used.add(m[1]!);
      for (const m of text.matchAll(/i18nKey=["']([a-z]+:[A-Za-z0-9_.]+)["']/g)) used.add(m[1]!);
    }
    const missing: string[] = [];
    for (const key of used) {
      const [ns, path] = key.split(':') as [string, string];
      for (const lang of ['en', 'de'] as const) {
        const bundle = (resources[lang] as Record<string, unknown>)[ns];
        const found = path.split('.').reduce<unknown>(
          (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
          bundle,
        );
        // Plural keys are stored as key_one / key_other.
        const plural = path.split('.').reduce<unknown>(
          (node, part, i, all) =>
            node && typeof node === 'object'
              ? (node as Record<string, unknown>)[i === all.length - 1 ? `${part}_other` : part]
              : undefined,
          bundle,
        );
        if (typeof found !== 'string' && typeof plural !== 'string') missing.push(`${lang} ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('follows the system language', () => {
    expect(pickLanguage(['de-AT'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'en_GB'])).toBe('en');
    expect(pickLanguage(['fr'])).toBe('en');
    expect(pickLanguage([undefined])).toBe('en');
  });
});
