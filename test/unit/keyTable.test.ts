import { readFileSync, writeFileSync } from 'node:fs';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../shared/i18n/resources';
import { KEY_TABLE_END, KEY_TABLE_START, keyTableMarkdown } from '../../renderer/actions/keyTable';

const DOC = 'docs/keyboard.md';

async function english() {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'en', ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('docs/keyboard.md', () => {
  it('lists exactly the keys of the shortcut overview (UPDATE_KEY_TABLE=1 rewrites it)', async () => {
    const generated = keyTableMarkdown(await english());
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(KEY_TABLE_START);
    const end = doc.indexOf(KEY_TABLE_END);
    expect(start, 'the start marker').toBeGreaterThanOrEqual(0);
    expect(end, 'the end marker').toBeGreaterThan(start);
    const current = doc.slice(start, end + KEY_TABLE_END.length);
    if (process.env.UPDATE_KEY_TABLE === '1' && current !== generated) writeFileSync(DOC, doc.replace(current, generated));
    else expect(current, 'run UPDATE_KEY_TABLE=1 npx vitest run test/unit/keyTable.test.ts').toBe(generated);
  });
});
