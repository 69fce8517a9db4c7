/**
 * The generated part of docs/keyboard.md: the same sections and rows as the shortcut overview
 * (overviewSections), written as Markdown tables with the keys for Windows/Linux and macOS.
 * keyTable.test.ts fails when the document and this differ.
 */
import type { TFunction } from 'i18next';
import { formatShortcut, type Shortcut } from '../../shared/actions';
import { overviewSections } from './overview';

export const KEY_TABLE_START = '<!-- key-table:start (generated from shared/actions/catalogue.ts; see renderer/actions/keyTable.ts) -->';
export const KEY_TABLE_END = '<!-- key-table:end -->';

function cell(keys: readonly Shortcut[], join: 'or' | 'range', mac: boolean): string {
  const written = keys.map((s) => `\`${formatShortcut(s, mac, 'en').replace(/\|/g, '\\|').replace(/`/g, 'ˋ')}\``);
  return written.join(join === 'range' ? ' … ' : ' or ');
}

export function keyTableMarkdown(t: TFunction): string {
  const sections = overviewSections({ t, desktop: true, all: true, format: (s) => formatShortcut(s, false, 'en') });
  const parts = sections.map((section) => {
    const rows = section.rows.map((row) => `| ${row.label} | ${cell(row.keys, row.join, false)} | ${cell(row.keys, row.join, true)} | ${row.action ? `\`${row.action}\`` : '(text editor)'} |`);
    return [`### ${section.title}`, '', '| what | Windows, Linux | macOS | action |', '| --- | --- | --- | --- |', ...rows].join('\n');
  });
  return [KEY_TABLE_START, '', ...parts.flatMap((p) => [p, '']), KEY_TABLE_END].join('\n');
}
