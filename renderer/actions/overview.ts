/**
 * What the shortcut overview (`?`) and docs/keyboard.md list, computed once from the catalogue
 * (shared/actions/catalogue.ts) and the registry's labels, so the two can never disagree
 * (keyTable.test.ts compares the document with this).
 */
import type { TFunction } from 'i18next';
import { EDITING_KEYS, type ActionGroup, type Shortcut, type ShortcutMode } from '../../shared/actions';
import { ACTIONS, type ActionName } from './registry';

export interface OverviewRow {
  /** The action the keys run; absent in the editing section, whose keys belong to the text editor. */
  action?: ActionName;
  label: string;
  /** The keys shown, each a real shortcut of the action (a range shows its first and last). */
  keys: readonly Shortcut[];
  /** How the keys join: alternatives ("or") or a range ("…", the colour digits). */
  join: 'or' | 'range';
}

export interface OverviewSection {
  id: ActionGroup | ShortcutMode | 'editing';
  title: string;
  rows: OverviewRow[];
}

export const OVERVIEW_GROUPS: readonly ActionGroup[] = ['file', 'note', 'edit', 'arrange', 'line', 'structure', 'view', 'room', 'help'];
const MODES: readonly ShortcutMode[] = ['presenting', 'tally'];

function groupTitle(t: TFunction, id: OverviewSection['id']): string {
  if (id === 'file' || id === 'room' || id === 'presenting' || id === 'tally' || id === 'editing') return t(`actions:groups.${id}`);
  return t(`board:shortcuts.groups.${id}`);
}

/** The shortcuts worth a row: no duplicates in how they read, the browser's own keys left out. */
function shownKeys(name: ActionName, shortcuts: readonly Shortcut[], options: ListOptions): Pick<OverviewRow, 'keys' | 'join'> {
  const { desktop, format, all } = options;
  const usable = shortcuts.filter((s) => desktop || !s.desktopOnly);
  if (usable.length === 0) return { keys: [], join: 'or' };
  if (name === 'note.colour' || name === 'room.tallyDigit') return { keys: [usable[0]!, usable.at(-1)!], join: 'range' };
  // Nudging: the four arrows (Shift moves further, said in the label).
  if (name === 'note.nudge') return { keys: usable.filter((s) => !s.shift), join: 'or' };
  const unique = usable.filter((s, i) => usable.findIndex((o) => format(o) === format(s)) === i);
  // The overview keeps rows short; the key table lists every key.
  return { keys: all ? unique : unique.slice(0, 2), join: 'or' };
}

interface ListOptions {
  /** The desktop app: keys the browser keeps for itself (Ctrl+N) are listed too. */
  desktop: boolean;
  format(s: Shortcut): string;
  /** Every key of each action (docs/keyboard.md) instead of the first two (the overview). */
  all?: boolean;
}

export function overviewSections(options: ListOptions & { t: TFunction }): OverviewSection[] {
  const { t } = options;
  const rows = (group: ActionGroup | null, mode: ShortcutMode | undefined): OverviewRow[] =>
    ACTIONS.filter((a) => group === null || a.group === group).flatMap((a) => {
      const shortcuts = a.shortcuts.filter((s) => s.when === mode);
      const { keys, join } = shownKeys(a.name, shortcuts, options);
      return keys.length ? [{ action: a.name, label: a.label(t), keys, join }] : [];
    });
  const sections: OverviewSection[] = [
    ...OVERVIEW_GROUPS.map((id) => ({ id, title: groupTitle(t, id), rows: rows(id, undefined) })),
    ...MODES.map((id) => ({ id, title: groupTitle(t, id), rows: rows(null, id) })),
    {
      id: 'editing',
      title: groupTitle(t, 'editing'),
      rows: EDITING_KEYS.map((k) => ({ label: t(`actions:editing.${k.id}`), keys: [k.shortcut], join: 'or' as const })),
    },
  ];
  return sections.filter((s) => s.rows.length > 0);
}
